package jp.shomei.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Shomei keeps personal data (see docs/personal-data.md).
 *
 * @param documentImages how long identity-document images stay after the application's final decision
 * @param closedApplications how long rejected and expired applications keep their personal data after they closed
 * @param schedule when the daily deletion runs (cron, Japan time)
 */
@ConfigurationProperties("shomei.retention")
public record RetentionProperties(@DefaultValue("30d") Duration documentImages,
        @DefaultValue("90d") Duration closedApplications, @DefaultValue("0 30 0 * * *") String schedule) {
}
