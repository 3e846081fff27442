package jp.shomei.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import jp.shomei.review.ReviewDecision;

/** A staff decision on a registration, kept with who, when and why. */
@Entity
public class RegistrationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private String reason;

    private String decidedBy;

    private Instant decidedAt;

    private String sectionsToCorrect;

    protected RegistrationDecision() {
    }

    RegistrationDecision(Long registrationId, ReviewDecision decision, String reason, String decidedBy,
            Instant decidedAt, String sectionsToCorrect) {
        this.registrationId = registrationId;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.sectionsToCorrect = sectionsToCorrect;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSectionsToCorrect() {
        return sectionsToCorrect;
    }
}
