package jp.shomei.analytics;

import java.time.YearMonth;
import java.util.Map;

/**
 * How many instances of a process started in a month at a university, and how many of them reached each step.
 *
 * @param university the tenant id, or null while not known (a registration that expired before it was submitted)
 * @param steps the process's declared steps in order, each counted once per instance
 * @param outcomes how many ended at each end event (see {@link AnalyticsFacts#outcome(String)})
 */
public record FunnelRow(String processKey, String university, YearMonth month, long started, Map<String, Long> steps,
        Map<String, Long> outcomes) {

    public long count(String step) {
        return steps.getOrDefault(step, 0L);
    }

    /** The share of the started instances that reached the step. */
    public double rate(String step) {
        return started == 0 ? 0 : (double) count(step) / started;
    }
}
