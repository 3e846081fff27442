package jp.shomei.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of application that a university reviews (registration, student ID, ...): its review task, and what the
 * review needs of the application. The application under review is the review process's business key, never a task
 * variable, which staff could change.
 */
public interface ReviewedApplications extends StaffTask {

    /** Process variable: approve / reject / resubmit, written by the review form. */
    String DECISION = "decision";

    /** Process variable: why, for reject and resubmit. */
    String DECISION_REASON = "decisionReason";

    /** Prefix of the review form's checkbox of a section to correct. */
    String SECTION_CHECKBOX_PREFIX = "resubmit_";

    /** When an application came in, as the review's views show it: in Japan time, to the minute. */
    DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    /** The keys of the sections staff may ask to be corrected. */
    List<String> sections();

    /** Whether the application applies to the university whose tenant reviews it. */
    boolean isUnderReviewOf(Long applicationId, String tenantId);

    /** What the review form shows, as task-local {@code review_*} variables. */
    Map<String, Object> view(Long applicationId);

    /** Keeps the decision with who, when and why. */
    void record(Long applicationId, ReviewDecision decision, String reason, String decidedBy,
            Set<String> sectionsToCorrect);

    /** What the reminder of an overdue review says. */
    PendingReview pending(Long applicationId);

    /** The review form's fields: the decision, its reason and a checkbox per section. */
    @Override
    default Set<String> formFields() {
        Set<String> fields = new LinkedHashSet<>(List.of(DECISION, DECISION_REASON));
        sections().forEach(section -> fields.add(SECTION_CHECKBOX_PREFIX + section));
        return fields;
    }

    /** A review completes with a decision, and with a reason where the decision needs one. */
    @Override
    default Optional<String> refusal(Map<String, Object> values) {
        Optional<ReviewDecision> decision = ReviewDecision.of(values.get(DECISION));
        if (decision.isEmpty()) {
            return Optional.of("review.decision.missing");
        }
        if (decision.get().needsReason() && !(values.get(DECISION_REASON) instanceof String reason
                && !reason.isBlank())) {
            return Optional.of("review.reason.missing");
        }
        return Optional.empty();
    }

    /** An application waiting for review: its reference for staff, when it came in, and its university. */
    record PendingReview(String reference, Instant submittedAt, Long universityId) {
    }
}
