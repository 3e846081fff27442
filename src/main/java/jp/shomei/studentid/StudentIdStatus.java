package jp.shomei.studentid;

/** Where an application to add a student ID stands. */
public enum StudentIdStatus {
    UNDER_REVIEW, RESUBMISSION_REQUESTED, APPROVED, REJECTED, ALREADY_REGISTERED, EXPIRED;

    public boolean isOpen() {
        return this == UNDER_REVIEW || this == RESUBMISSION_REQUESTED;
    }
}
