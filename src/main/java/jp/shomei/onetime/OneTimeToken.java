package jp.shomei.onetime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-time URL's stored half: the hash of its token, what it is for, and until when. */
@Entity
public class OneTimeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private String purpose;

    private Long registrationId;

    private Instant expiresAt;

    private Instant consumedAt;

    private Instant createdAt;

    protected OneTimeToken() {
    }

    OneTimeToken(String tokenHash, String purpose, Long registrationId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.registrationId = registrationId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConsumedAt() {
        return consumedAt;
    }
}
