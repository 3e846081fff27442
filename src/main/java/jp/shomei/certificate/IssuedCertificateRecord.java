package jp.shomei.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued certificate as its verification page knows it: the hash of its code and the public fields only, with
 * the issuing university and, once revoked, when, by whom and why.
 */
@Entity
@Table(name = "issued_certificate")
class IssuedCertificateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String codeHash;

    private String typeNameJa;

    private String typeNameEn;

    @Enumerated(EnumType.STRING)
    private CertificateLanguage certificateLanguage;

    private String nameAsIssued;

    private String universityNameJa;

    private String universityNameEn;

    /** Empty when no university of the catalogue has the certificate's names: then only administrators find it. */
    private Long universityId;

    private LocalDate issuedOn;

    private Instant issuedAt;

    private Instant revokedAt;

    private String revokedBy;

    private String revocationReason;

    protected IssuedCertificateRecord() {
    }

    IssuedCertificateRecord(String codeHash, CertificateContent content, Long universityId, LocalDate issuedOn,
            Instant issuedAt) {
        this.codeHash = codeHash;
        this.universityId = universityId;
        this.typeNameJa = content.typeNameJa();
        this.typeNameEn = content.typeNameEn();
        this.certificateLanguage = content.language();
        this.nameAsIssued = content.nameAsIssued();
        this.universityNameJa = content.universityNameJa();
        this.universityNameEn = content.universityNameEn();
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
    }

    Long getId() {
        return id;
    }

    IssuedCertificateDetails details() {
        return new IssuedCertificateDetails(id, universityId, typeNameJa, typeNameEn, certificateLanguage, nameAsIssued,
                universityNameJa, universityNameEn, issuedOn, issuedAt, revokedAt, revokedBy, revocationReason);
    }

    Verification verification() {
        return new Verification(revokedAt == null ? Verification.Outcome.VALID : Verification.Outcome.REVOKED,
                typeNameJa, typeNameEn, certificateLanguage, nameAsIssued, universityNameJa, universityNameEn, issuedOn);
    }
}
