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

    /** Ends every open token of a registration, so only the newest URL works. */
    @Modifying
    @Query("update OneTimeToken t set t.consumedAt = :now where t.registrationId = :registrationId and t.consumedAt is null")
    int consumeAllOf(Long registrationId, Instant now);
}
