package jp.shomei.review;

import java.util.Optional;

/** What staff decide on the review task; the value is what the form writes into the process variable. */
public enum ReviewDecision {
    APPROVE("approve"), REJECT("reject"), RESUBMIT("resubmit");

    private final String value;

    ReviewDecision(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public boolean needsReason() {
        return this != APPROVE;
    }

    public static Optional<ReviewDecision> of(Object value) {
        for (ReviewDecision decision : values()) {
            if (decision.value.equals(value)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
