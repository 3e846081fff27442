package jp.shomei.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes personal data once its retention period is over; daily, and on the engine's clock like every deadline. */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<ApplicationRetention> applications;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(List<ApplicationRetention> applications, RetentionProperties properties, Clock clock) {
        this.applications = applications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${shomei.retention.schedule:0 30 0 * * *}", zone = "Asia/Tokyo")
    public void run() {
        Instant now = clock.instant();
        int images = 0;
        int anonymised = 0;
        for (ApplicationRetention application : applications) {
            images += application.deleteDocumentImages(now.minus(properties.documentImages()), now);
            anonymised += application.anonymiseClosed(now.minus(properties.closedApplications()), now);
        }
        log.info("Retention: identity-document images of {} applications deleted, {} closed applications anonymised",
                images, anonymised);
    }
}
