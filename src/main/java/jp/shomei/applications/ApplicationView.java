package jp.shomei.applications;

import java.time.Instant;
import java.util.List;

/**
 * One application of an account as its owner sees it: what it is, where it stands, each step so far, and the page
 * where the owner acts on it, if it has one (an order to pay).
 */
public record ApplicationView(String kindKey, String reference, String statusKey, boolean open, Instant startedAt,
        List<StepView> steps, String detailPath) {

    public ApplicationView(String kindKey, String reference, String statusKey, boolean open, Instant startedAt,
            List<StepView> steps) {
        this(kindKey, reference, statusKey, open, startedAt, steps, null);
    }
}
