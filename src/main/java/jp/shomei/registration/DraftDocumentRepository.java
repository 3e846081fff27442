package jp.shomei.registration;

import java.time.Instant;
import java.util.Optional;
import jp.shomei.document.DocumentSide;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftDocumentRepository extends JpaRepository<DraftDocument, Long> {

    Optional<DraftDocument> findByRegistrationIdAndSide(Long registrationId, DocumentSide side);

    long countByRegistrationId(Long registrationId);

    @Modifying
    @Query("delete from DraftDocument d where d.registrationId = :registrationId and d.side = :side")
    int deleteSide(Long registrationId, DocumentSide side);

    @Modifying
    @Query("delete from DraftDocument d where d.registrationId = :registrationId")
    int deleteAllOf(Long registrationId);

    @Modifying
    @Query("delete from DraftDocument d where d.storedAt < :before")
    int deleteStoredBefore(Instant before);
}
