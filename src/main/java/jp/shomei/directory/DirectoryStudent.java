package jp.shomei.directory;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A current student as the university's directory has them, read at each sign-in. Faculty, department and degree
 * program are the university's Japanese names, as in Shomei's school catalogue; {@code expectedGraduation} is the
 * month the student is due to finish (the final year runs from the April before it).
 */
public record DirectoryStudent(
        String universityCode, String ecsId,
        String nameKanji, String nameKana, String nameRoman, LocalDate birthDate,
        String studentNumber, String faculty, String department, String degreeProgram,
        YearMonth entered, YearMonth expectedGraduation, EnrolmentStatus status) {
}
