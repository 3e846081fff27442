package jp.shomei.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What staff see of an issued certificate: what the verification page shows, the issuing university (empty when the
 * catalogue has none of its names), the moment of issue and, once revoked, when, by whom (the staff user id) and
 * why.
 */
public record IssuedCertificateDetails(long id, Long universityId, String typeNameJa, String typeNameEn,
        CertificateLanguage language, String nameAsIssued, String universityNameJa, String universityNameEn,
        LocalDate issuedOn, Instant issuedAt, Instant revokedAt, String revokedBy, String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public String typeName(Locale reader) {
        return Locale.JAPANESE.getLanguage().equals(reader.getLanguage()) ? typeNameJa : typeNameEn;
    }

    public String universityName(Locale reader) {
        return Locale.JAPANESE.getLanguage().equals(reader.getLanguage()) ? universityNameJa : universityNameEn;
    }
}
