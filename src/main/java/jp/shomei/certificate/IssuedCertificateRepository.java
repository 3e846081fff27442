package jp.shomei.certificate;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedCertificateRepository extends JpaRepository<IssuedCertificateRecord, Long> {

    Optional<IssuedCertificateRecord> findByCodeHash(String codeHash);
}
