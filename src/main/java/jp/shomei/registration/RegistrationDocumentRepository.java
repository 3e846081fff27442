package jp.shomei.registration;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationDocumentRepository extends JpaRepository<RegistrationDocument, Long> {

    Optional<RegistrationDocument> findByRegistrationIdAndSide(Long registrationId, DocumentSide side);

    boolean existsByRegistrationIdAndSide(Long registrationId, DocumentSide side);
}
