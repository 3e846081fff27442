package jp.shomei.retention;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A claim in the database (table scheduled_task) on a scheduled task that every node schedules: while one node holds
 * it, the others skip their run. The claim lapses by itself if its node dies during the run.
 */
@Component
class ScheduledTaskClaim {

    private static final Timestamp RELEASED = Timestamp.from(Instant.EPOCH);

    private final JdbcTemplate jdbc;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ScheduledTaskClaim(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node got the task for at most {@code longest} from {@code now}. */
    boolean claim(String task, Instant now, Duration longest) {
        return jdbc.update("update scheduled_task set claimed_until = ?, claimed_by = ? where name = ? and claimed_until <= ?",
                Timestamp.from(now.plus(longest)), node, task, Timestamp.from(now)) == 1;
    }

    /** Gives the task back: the next run, on whichever node, may claim it (also with a clock set back, as in tests). */
    void release(String task) {
        jdbc.update("update scheduled_task set claimed_until = ?, claimed_by = null where name = ? and claimed_by = ?",
                RELEASED, task, node);
    }
}
