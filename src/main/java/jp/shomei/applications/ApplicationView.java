package jp.shomei.applications;

import java.time.Instant;
import java.util.List;

/** One application of an account as its owner sees it: what it is, where it stands, and each step so far. */
public record ApplicationView(String kindKey, String reference, String statusKey, boolean open, Instant startedAt,
        List<StepView> steps) {
}
