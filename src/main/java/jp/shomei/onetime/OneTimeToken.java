package jp.shomei.onetime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A one-time URL's stored half: the hash of its token, what it is for and for whom, and until when. */
@Entity
public class OneTimeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private String purpose;

    /** The id of what the URL is about, within its purpose: a registration, an account, a request. */
    private Long subjectId;

    private Instant expiresAt;

    private Instant consumedAt;

    private Instant createdAt;

    protected OneTimeToken() {
    }

    OneTimeToken(String tokenHash, String purpose, Long subjectId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.subjectId = subjectId;
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

    public Long getSubjectId() {
        return subjectId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConsumedAt() {
        return consumedAt;
    }
}
