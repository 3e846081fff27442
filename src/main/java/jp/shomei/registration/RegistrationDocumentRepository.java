package jp.shomei.registration;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationDocumentRepository extends JpaRepository<RegistrationDocument, Long> {

    Optional<RegistrationDocument> findByRegistrationIdAndSide(Long registrationId, DocumentSide side);

    boolean existsByRegistrationIdAndSide(Long registrationId, DocumentSide side);

    @Modifying
    @Query("delete from RegistrationDocument d where d.registrationId = :registrationId")
    int deleteAllOf(Long registrationId);
}
