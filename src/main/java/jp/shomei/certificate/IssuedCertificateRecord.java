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

/** One issued certificate as its verification page knows it: the hash of its code and the public fields only. */
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

    private LocalDate issuedOn;

    private Instant issuedAt;

    private Instant revokedAt;

    protected IssuedCertificateRecord() {
    }

    IssuedCertificateRecord(String codeHash, CertificateContent content, LocalDate issuedOn, Instant issuedAt) {
        this.codeHash = codeHash;
        this.typeNameJa = content.typeNameJa();
        this.typeNameEn = content.typeNameEn();
        this.certificateLanguage = content.language();
        this.nameAsIssued = content.nameAsIssued();
        this.universityNameJa = content.universityNameJa();
        this.universityNameEn = content.universityNameEn();
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    Verification verification() {
        return new Verification(revokedAt == null ? Verification.Outcome.VALID : Verification.Outcome.REVOKED,
                typeNameJa, typeNameEn, certificateLanguage, nameAsIssued, universityNameJa, universityNameEn, issuedOn);
    }
}
