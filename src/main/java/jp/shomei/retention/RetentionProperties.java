package jp.shomei.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Shomei keeps personal data (see docs/personal-data.md).
 *
 * @param documentImages how long identity-document images stay after the application's final decision
 * @param closedApplications how long rejected and expired applications keep their personal data after they closed
 * @param schedule when the daily deletion runs (cron, Japan time)
 * @param historyTtl how long the engine keeps an ended process instance's history, by process key; the key
 *        {@code default} stands for every other process
 */
@ConfigurationProperties("shomei.retention")
public record RetentionProperties(@DefaultValue("30d") Duration documentImages,
        @DefaultValue("90d") Duration closedApplications, @DefaultValue("0 30 0 * * *") String schedule,
        @DefaultValue Map<String, Duration> historyTtl) {

    public static final String DEFAULT_PROCESS = "default";

    private static final Duration HISTORY_TTL = Duration.ofDays(180);

    /** The history time-to-live of the process, in whole days as the engine takes it. */
    public int historyDaysOf(String processKey) {
        return (int) historyTtl.getOrDefault(processKey, historyTtl.getOrDefault(DEFAULT_PROCESS, HISTORY_TTL))
                .toDays();
    }
}
