package jp.shomei.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes personal data once its retention period is over; daily, and on the engine's clock like every deadline. Every
 * node schedules it; a claim in the database lets one node run at a time, and a run after another's finds nothing
 * left to do, since each rule selects only what it has not done yet.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private static final String TASK = "retention";
    /** Far longer than a run takes; after a node died mid-run, the next day's run goes ahead. */
    private static final Duration LONGEST_RUN = Duration.ofHours(1);

    private final List<ApplicationRetention> applications;
    private final RetentionProperties properties;
    private final ScheduledTaskClaim claim;
    private final Clock clock;

    RetentionJob(List<ApplicationRetention> applications, RetentionProperties properties, ScheduledTaskClaim claim,
            Clock clock) {
        this.applications = applications;
        this.properties = properties;
        this.claim = claim;
        this.clock = clock;
    }

    @Scheduled(cron = "${shomei.retention.schedule:0 30 0 * * *}", zone = "Asia/Tokyo")
    public void run() {
        Instant now = clock.instant();
        if (!claim.claim(TASK, now, LONGEST_RUN)) {
            log.info("Retention: running on another node");
            return;
        }
        try {
            delete(now);
        } finally {
            claim.release(TASK);
        }
    }

    private void delete(Instant now) {
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
