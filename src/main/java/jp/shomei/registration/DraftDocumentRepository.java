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

    /** Deletes the images of drafts whose time is up, and any left behind by a draft that has gone. */
    @Modifying
    @Query("delete from DraftDocument d where not exists (select s from StoredDraft s"
            + " where s.registrationId = d.registrationId and s.keptUntil > :now)")
    int deleteWithoutLiveDraft(Instant now);

    @Modifying
    @Query("update DraftDocument d set d.registrationId = :to where d.registrationId = :from")
    int moveAll(Long from, Long to);
}
