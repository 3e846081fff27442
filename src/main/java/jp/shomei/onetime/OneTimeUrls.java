package jp.shomei.onetime;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks one-time URL tokens. A token is 256 random bits; only its SHA-256 is stored, so the
 * database alone never yields a working URL. Expiry is checked against the clock here, whatever the
 * process timer does.
 */
@Service
public class OneTimeUrls {

    private static final int TOKEN_BYTES = 32;

    private final OneTimeTokenRepository tokens;
    private final EntityManager entityManager;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeUrls(OneTimeTokenRepository tokens, EntityManager entityManager, Clock clock) {
        this.tokens = tokens;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Issues a new token for the purpose and subject and ends their earlier ones; returns the token to mail. It
     * commits on its own, before the mail goes out, so the link works the moment it arrives.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String issue(String purpose, Long subjectId, Duration validity) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.consumeOpen(purpose, subjectId, now);
        tokens.save(new OneTimeToken(hash(token), purpose, subjectId, now, now.plus(validity)));
        return token;
    }

    @Transactional(readOnly = true)
    public OneTimeUrlCheck check(String token, String purpose) {
        Optional<OneTimeToken> found = lookup(token).filter(t -> t.getPurpose().equals(purpose));
        if (found.isEmpty()) {
            return new OneTimeUrlCheck(OneTimeUrlCheck.Outcome.UNKNOWN, null);
        }
        OneTimeToken stored = found.get();
        if (stored.getConsumedAt() != null) {
            return new OneTimeUrlCheck(OneTimeUrlCheck.Outcome.CONSUMED, stored);
        }
        if (!clock.instant().isBefore(stored.getExpiresAt())) {
            return new OneTimeUrlCheck(OneTimeUrlCheck.Outcome.EXPIRED, stored);
        }
        return new OneTimeUrlCheck(OneTimeUrlCheck.Outcome.VALID, stored);
    }

    /**
     * Consumes a valid token; false when it was consumed or expired in the meantime. The loser of two simultaneous
     * requests then rereads the token, so that a later {@link #check} in its transaction sees why.
     */
    @Transactional
    public boolean consume(OneTimeToken token) {
        if (tokens.consume(token.getId(), clock.instant()) == 1) {
            return true;
        }
        entityManager.refresh(token);
        return false;
    }

    private Optional<OneTimeToken> lookup(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
