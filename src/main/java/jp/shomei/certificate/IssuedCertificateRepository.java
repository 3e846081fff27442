package jp.shomei.certificate;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IssuedCertificateRepository extends JpaRepository<IssuedCertificateRecord, Long> {

    Optional<IssuedCertificateRecord> findByCodeHash(String codeHash);

    /** Revokes the certificate unless it already is, in one statement, so that of two requests at once one counts. */
    @Modifying(clearAutomatically = true)
    @Query("""
            update IssuedCertificateRecord c set c.revokedAt = :at, c.revokedBy = :by, c.revocationReason = :reason
            where c.id = :id and c.revokedAt is null""")
    int revokeIfValid(long id, Instant at, String by, String reason);
}
