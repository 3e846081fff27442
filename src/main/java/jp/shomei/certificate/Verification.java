package jp.shomei.certificate;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The answer to a verification code: whether it names a valid or a revoked certificate (or none), and only what
 * the public may see of it.
 */
public record Verification(Outcome outcome, String typeNameJa, String typeNameEn, CertificateLanguage language,
        String nameAsIssued, String universityNameJa, String universityNameEn, LocalDate issuedOn) {

    public enum Outcome {
        VALID, REVOKED, UNKNOWN
    }

    static final Verification UNKNOWN = new Verification(Outcome.UNKNOWN, null, null, null, null, null, null, null);

    public boolean found() {
        return outcome != Outcome.UNKNOWN;
    }

    public String typeName(Locale reader) {
        return Locale.JAPANESE.getLanguage().equals(reader.getLanguage()) ? typeNameJa : typeNameEn;
    }

    public String universityName(Locale reader) {
        return Locale.JAPANESE.getLanguage().equals(reader.getLanguage()) ? universityNameJa : universityNameEn;
    }
}
