package jp.shomei.registration;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredDraftRepository extends JpaRepository<StoredDraft, Long> {

    @Modifying
    @Query("delete from StoredDraft s where s.keptUntil <= :now")
    int deleteEnded(Instant now);
}
