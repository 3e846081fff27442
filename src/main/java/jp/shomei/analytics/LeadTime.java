package jp.shomei.analytics;

import java.time.Duration;
import java.time.YearMonth;

/**
 * Durations of the decided items of a month at a university, with nearest-rank percentiles.
 *
 * @param withinReminder how many were decided before the reminder fired (from first submission to final decision:
 *        no round's review was reminded)
 */
public record LeadTime(String processKey, String university, YearMonth month, int count, Duration median, Duration p90,
        int withinReminder) {

    public double withinReminderShare() {
        return count == 0 ? 0 : (double) withinReminder / count;
    }
}
