package jp.shomei.account;

import java.time.YearMonth;

/** The school record part of an application, as it becomes a student ID of the account. */
public record SchoolRecord(Long universityId, Long departmentId, Long subjectId, Long degreeProgramId,
        String studentNumber, String schoolNameKanji, String schoolNameKana, String schoolNameRoman,
        YearMonth matriculation, YearMonth graduation, String leavingType) {
}
