package jp.shomei.studentid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import jp.shomei.review.ReviewDecision;

/** A staff decision on a student ID application, kept with who, when and why. */
@Entity
public class StudentIdDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private String reason;
    private String decidedBy;
    private Instant decidedAt;
    private String sectionsToCorrect;

    protected StudentIdDecision() {
    }

    StudentIdDecision(Long applicationId, ReviewDecision decision, String reason, String decidedBy, Instant decidedAt,
            String sectionsToCorrect) {
        this.applicationId = applicationId;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.sectionsToCorrect = sectionsToCorrect;
    }

    public Long getApplicationId() {
        return applicationId;
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
