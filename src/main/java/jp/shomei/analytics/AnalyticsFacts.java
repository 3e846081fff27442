package jp.shomei.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the analysts' fact rows. Every write is an upsert on a hashed engine id, so an event handled twice (or a
 * backfill over rows that events already wrote) changes nothing; later values only fill in what was missing.
 */
public class AnalyticsFacts {

    /** The outcome of an instance deleted or cancelled before it reached an end event. */
    public static final String CANCELLED = "cancelled";

    public static final String COMPLETED = "completed";

    public static final String JOB_FAILED = "job-failed";

    public static final String INCIDENT = "incident";

    private static final String END_EVENT_PREFIX = "EndEvent_";

    private final JdbcTemplate jdbc;

    public AnalyticsFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void process(String instanceId, String superInstanceId, String processKey, String tenantId,
            Date startedAt, Date endedAt, String outcome) {
        String key = key(instanceId);
        int updated = jdbc.update("""
                update analytics_process set ended_at = coalesce(ended_at, ?), outcome = coalesce(outcome, ?),
                    university = coalesce(university, ?) where instance_key = ?""",
                timestamp(endedAt), outcome, tenantId, key);
        if (updated == 0) {
            // The backfill may come to a called process before the one that called it.
            jdbc.update("""
                    insert into analytics_process (instance_key, super_key, process_key, university, started_at,
                        ended_at, outcome) values (?, ?, ?,
                        coalesce(?, (select min(c.university) from analytics_process c where c.super_key = ?)),
                        ?, ?, ?)""",
                    key, key(superInstanceId), processKey, tenantId, key, timestamp(startedAt), timestamp(endedAt),
                    outcome);
        }
        if (tenantId != null && superInstanceId != null) {
            // A main process learns its university from the review it calls in the university's tenant.
            jdbc.update("update analytics_process set university = ? where instance_key = ? and university is null",
                    tenantId, key(superInstanceId));
        }
    }

    public void activity(String activityInstanceId, String instanceId, String processKey, String activityId,
            String activityType, Date startedAt, Date endedAt) {
        String key = key(activityInstanceId);
        int updated = jdbc.update(
                "update analytics_activity set ended_at = coalesce(ended_at, ?) where activity_key = ?",
                timestamp(endedAt), key);
        if (updated == 0) {
            jdbc.update("""
                    insert into analytics_activity (activity_key, instance_key, process_key, activity_id,
                        activity_type, started_at, ended_at) values (?, ?, ?, ?, ?, ?, ?)""",
                    key, key(instanceId), processKey, activityId, activityType, timestamp(startedAt),
                    timestamp(endedAt));
        }
    }

    /**
     * @param claimedAt when the task was seen assigned, or null
     * @param claimed whether it is assigned now; null when this event does not say
     */
    public void task(String taskId, String instanceId, String processKey, String taskDefinition, String tenantId,
            Date createdAt, Date claimedAt, Boolean claimed, Date endedAt, String outcome) {
        String key = key(taskId);
        int updated = jdbc.update("""
                update analytics_task set claimed_at = coalesce(claimed_at, ?), claimed = coalesce(?, claimed),
                    ended_at = coalesce(ended_at, ?), outcome = coalesce(outcome, ?) where task_key = ?""",
                timestamp(claimedAt), claimed, timestamp(endedAt), outcome, key);
        if (updated == 0) {
            jdbc.update("""
                    insert into analytics_task (task_key, instance_key, process_key, task_definition, university,
                        created_at, claimed_at, claimed, ended_at, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    key, key(instanceId), processKey, taskDefinition, tenantId, timestamp(createdAt),
                    timestamp(claimedAt), Boolean.TRUE.equals(claimed), timestamp(endedAt), outcome);
        }
    }

    /**
     * A failed run of a job ({@link #JOB_FAILED}) or an incident ({@link #INCIDENT}), identified by the engine's
     * job log or incident id.
     */
    public void failure(String kind, String engineId, String instanceId, String processKey, String activityId,
            Date failedAt) {
        String key = key(kind + ":" + engineId);
        Integer known = jdbc.queryForObject("select count(*) from analytics_failure where failure_key = ?",
                Integer.class, key);
        if (known == null || known == 0) {
            jdbc.update("""
                    insert into analytics_failure (failure_key, kind, instance_key, process_key, activity_id,
                        failed_at) values (?, ?, ?, ?, ?, ?)""",
                    key, kind, key(instanceId), processKey, activityId, timestamp(failedAt));
        }
    }

    /** The university of an instance's fact row (a main process learns it from its review), or null. */
    public String university(String instanceId) {
        return jdbc.query("select university from analytics_process where instance_key = ?",
                rs -> rs.next() ? rs.getString(1) : null, key(instanceId));
    }

    /** EndEvent_UrlExpired becomes url-expired; an instance that ended without an end event was cancelled. */
    public static String outcome(String endActivityId) {
        if (endActivityId == null) {
            return CANCELLED;
        }
        String name = endActivityId.startsWith(END_EVENT_PREFIX)
                ? endActivityId.substring(END_EVENT_PREFIX.length()) : endActivityId;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase();
    }

    /** The engine's id as an opaque key, so that the rows join without holding the engine's ids. */
    public static String key(String engineId) {
        if (engineId == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(engineId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
