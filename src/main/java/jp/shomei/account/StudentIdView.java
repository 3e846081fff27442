package jp.shomei.account;

import java.time.YearMonth;

/** A student ID of the account as the Select printing destination screen lists it, in the user's language. */
public record StudentIdView(Long id, String studentNumber, String universityName, String departmentName,
        String subjectName, String degreeProgramName, YearMonth graduation) {
}
