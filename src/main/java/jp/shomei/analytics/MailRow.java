package jp.shomei.analytics;

import java.time.YearMonth;

/**
 * The mails of a process in a month at a university: mail tasks are the service tasks whose element id starts with
 * {@link AnalyticsFigures#MAIL_TASK_PREFIX}.
 *
 * @param sent mail tasks that completed
 * @param failedRuns runs that failed (each one retried, until the last, which raised an incident)
 * @param incidents mails that failed into an incident, to be retried from Cockpit
 */
public record MailRow(String processKey, String university, YearMonth month, long sent, long failedRuns,
        long incidents) {
}
