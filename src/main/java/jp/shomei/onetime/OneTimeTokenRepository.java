package jp.shomei.onetime;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, Long> {

    Optional<OneTimeToken> findByTokenHash(String tokenHash);

    /** Consumes the token unless someone else did first; the count says who won. */
    @Modifying
    @Query("update OneTimeToken t set t.consumedAt = :now where t.id = :id and t.consumedAt is null and t.expiresAt > :now")
    int consume(Long id, Instant now);

    /** Ends the open tokens of one purpose and subject, so only the newest URL works; other purposes keep theirs. */
    @Modifying
    @Query("update OneTimeToken t set t.consumedAt = :now"
            + " where t.purpose = :purpose and t.subjectId = :subjectId and t.consumedAt is null")
    int consumeOpen(String purpose, Long subjectId, Instant now);
}
