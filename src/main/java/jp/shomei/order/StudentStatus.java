package jp.shomei.order;

import jp.shomei.account.StudentRecord;

/**
 * Where a student ID stands, which decides what it may order: the three ways of leaving the university
 * (registration's LeavingType) and, for the current students to come, ENROLLED.
 */
public enum StudentStatus {
    GRADUATED, WITHDRAWN, EXPELLED, ENROLLED;

    public static StudentStatus of(StudentRecord record) {
        return record.getLeavingType() == null ? ENROLLED : valueOf(record.getLeavingType());
    }
}
