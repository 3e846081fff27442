package jp.shomei.certificate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import jp.shomei.registration.LeavingType;

/**
 * What one certificate states about its holder, as the order takes it from the student ID's school record. The
 * university and the type are named in both languages, as the verification page shows them in the reader's; faculty,
 * department and degree program are given in the certificate's language. {@code left} and {@code leaving} are empty
 * for a student still enrolled.
 */
public record CertificateContent(
        String universityNameJa, String universityNameEn,
        String typeNameJa, String typeNameEn, CertificateLanguage language,
        String nameKanji, String nameKana, String nameRoman, LocalDate birthDate,
        String studentNumber, String faculty, String department, String degreeProgram,
        YearMonth entered, YearMonth left, LeavingType leaving) {

    public CertificateContent {
        Objects.requireNonNull(universityNameJa, "universityNameJa");
        Objects.requireNonNull(universityNameEn, "universityNameEn");
        Objects.requireNonNull(typeNameJa, "typeNameJa");
        Objects.requireNonNull(typeNameEn, "typeNameEn");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(nameKanji, "nameKanji");
        Objects.requireNonNull(nameRoman, "nameRoman");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(studentNumber, "studentNumber");
        if ((left == null) != (leaving == null)) {
            throw new IllegalArgumentException("left and leaving come together");
        }
    }

    public String universityName() {
        return language.pick(universityNameJa, universityNameEn);
    }

    public String typeName() {
        return language.pick(typeNameJa, typeNameEn);
    }

    /** The name the certificate is made out to: in kanji on a Japanese one, in roman letters on an English one. */
    public String nameAsIssued() {
        return language.pick(nameKanji, nameRoman);
    }
}
