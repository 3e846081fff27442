package jp.shomei.analytics;

import java.time.Duration;

/** The open user tasks of a process at a university now. */
public record Workload(String processKey, String university, int open, int claimed, int unclaimed, Duration oldestAge,
        int pastReminder) {
}
