package jp.shomei.analytics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many of a month's decided items at a university took up to each of {@link #BOUNDS}, the last count being
 * those that took longer than the last bound.
 */
public record LeadTimeSpread(String processKey, String university, YearMonth month, List<Long> counts) {

    /** Up to an hour, four hours, a day, three days, a week; then longer. */
    public static final List<Duration> BOUNDS = List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(7));

    public LeadTimeSpread {
        counts = List.copyOf(counts);
    }

    static LeadTimeSpread of(String processKey, String university, YearMonth month, Collection<Duration> durations) {
        long[] counts = new long[BOUNDS.size() + 1];
        durations.forEach(duration -> counts[bucket(duration)]++);
        List<Long> list = new ArrayList<>();
        for (long count : counts) {
            list.add(count);
        }
        return new LeadTimeSpread(processKey, university, month, list);
    }

    private static int bucket(Duration duration) {
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (duration.compareTo(BOUNDS.get(i)) <= 0) {
                return i;
            }
        }
        return BOUNDS.size();
    }
}
