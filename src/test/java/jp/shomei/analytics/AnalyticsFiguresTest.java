package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import com.icegreen.greenmail.util.GreenMail;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.review.ReviewReminders;
import jp.shomei.support.JobRetries;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations walked with the engine clock, each test in a month of its own so that only its instances count
 * there: the funnel, the lead times and the workload come out as the walk made them, and stay so after the engine's
 * history is gone or an event comes twice.
 */
@ShomeiTest
class AnalyticsFiguresTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String TOTO = "toto";

    @Autowired
    AnalyticsFigures figures;

    @Autowired
    AnalyticsFacts facts;

    @Autowired
    AnalyticsBackfill backfill;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail greenMail;

    private Instant start;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountTheFunnelAndLeadTimesOfAMonth() {
        YearMonth month = YearMonth.of(2031, 1);
        // Monday 09:00: the reminder falls on Thursday 09:00, three working days later.
        at(ZonedDateTime.of(2031, 1, 6, 9, 0, 0, 0, JAPAN), 0);
        Registration approved = submitted("approved");
        Registration rejected = submitted("rejected");
        Registration resubmitted = submitted("resubmitted");
        Registration late = submitted("late");
        Registration expired = registrations.start(mail("expired"), Locale.JAPANESE);
        settle(expired);

        at(null, 31);
        execute(expired.getProcessInstanceId(), RegistrationProcess.Elements.URL_EXPIRED);
        settle(expired);
        at(null, 60);
        claim(approved);
        at(null, 120);
        decide(approved, "approve");
        at(null, 240);
        decide(resubmitted, "resubmit");
        // The corrected form comes in within the new URL's 30 minutes.
        at(null, 260);
        runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_APPLICATION_SUBMITTED)
                .processInstanceId(resubmitted.getProcessInstanceId())
                .setVariable(RegistrationProcess.Variables.REVIEW_REMINDER_AT, reminders.dueFromNow())
                .correlate();
        at(null, 360);
        decide(resubmitted, "approve");
        at(null, 24 * 60);
        decide(rejected, "reject");
        at(null, 6 * 24 * 60);
        String lateReview = review(late);
        execute(lateReview, RegistrationReviewProcess.Elements.REVIEW_OVERDUE);
        execute(lateReview, RegistrationReviewProcess.Elements.SEND_REVIEW_REMINDER);
        decide(late, "approve");

        FunnelRow toto = funnel(month, "registration", TOTO).orElseThrow();
        assertThat(toto.started()).isEqualTo(4);
        assertThat(toto.steps()).containsExactly(Map.entry("submitted", 4L), Map.entry("approved", 3L),
                Map.entry("rejected", 1L), Map.entry("resubmission-asked", 1L), Map.entry("url-expired", 0L),
                Map.entry("initial-password-expired", 0L));
        assertThat(toto.rate("approved")).isEqualTo(0.75);
        assertThat(toto.rate("resubmission-asked")).isEqualTo(0.25);
        assertThat(toto.outcomes()).containsExactly(Map.entry("rejected", 1L));
        // Before its submission a registration has no university.
        FunnelRow unknown = funnel(month, "registration", null).orElseThrow();
        assertThat(unknown.started()).isEqualTo(1);
        assertThat(unknown.count("submitted")).isZero();
        assertThat(unknown.count("url-expired")).isEqualTo(1);
        assertThat(unknown.outcomes()).containsExactly(Map.entry("url-expired", 1L));
        // Each review round ends at its decision's end event.
        FunnelRow reviews = funnel(month, "registration-review", TOTO).orElseThrow();
        assertThat(reviews.started()).isEqualTo(5);
        assertThat(reviews.steps()).containsExactly(Map.entry("approved", 3L), Map.entry("rejected", 1L),
                Map.entry("resubmission-asked", 1L));
        assertThat(reviews.outcomes()).containsExactly(Map.entry("approved", 3L), Map.entry("rejected", 1L),
                Map.entry("resubmission-requested", 1L));

        // Review tasks: 2h, 24h, 4h and 1h40m (two rounds), 144h (reminded on Thursday).
        assertThat(lead(figures.taskTimes(month, month), "registration-review", TOTO, month))
                .isEqualTo(new LeadTime("registration-review", TOTO, month, 5, Duration.ofHours(4),
                        Duration.ofHours(144), 4));
        // First submission to final decision: 2h, 24h, 6h (two rounds), 144h.
        LeadTime decisions = lead(figures.decisionTimes(month, month), "registration", TOTO, month);
        assertThat(decisions).isEqualTo(new LeadTime("registration", TOTO, month, 4, Duration.ofHours(6),
                Duration.ofHours(144), 3));
        assertThat(decisions.withinReminderShare()).isEqualTo(0.75);
        assertThat(jdbc.queryForObject("select claimed_at from analytics_task where task_key = ?", Date.class,
                AnalyticsFacts.key(historicTask(approved).getId())).toInstant())
                .isEqualTo(start.plus(Duration.ofHours(1)));
    }

    @Test
    void shouldKeepTheFiguresWhenTheEngineHistoryIsDeleted() {
        YearMonth month = YearMonth.of(2031, 3);
        at(ZonedDateTime.of(2031, 3, 3, 9, 0, 0, 0, JAPAN), 0);
        Registration approved = submitted("kept-approved");
        Registration rejected = submitted("kept-rejected");
        at(null, 180);
        decide(approved, "approve");
        at(null, 300);
        decide(rejected, "reject");
        runtimeService.deleteProcessInstance(approved.getProcessInstanceId(), "ended for the test");
        List<FunnelRow> funnel = figures.funnel(month, month);
        List<LeadTime> tasks = figures.taskTimes(month, month);
        List<LeadTime> decisions = figures.decisionTimes(month, month);
        assertThat(lead(tasks, "registration-review", TOTO, month)).isEqualTo(new LeadTime("registration-review",
                TOTO, month, 2, Duration.ofHours(3), Duration.ofHours(5), 2));
        assertThat(funnel(month, "registration", TOTO).orElseThrow().outcomes())
                .containsExactly(Map.entry("cancelled", 1L), Map.entry("rejected", 1L));

        List<String> instances = new ArrayList<>();
        for (Registration registration : List.of(approved, rejected)) {
            historyService.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(registration.getProcessInstanceId()).list()
                    .forEach(review -> instances.add(review.getId()));
            instances.add(registration.getProcessInstanceId());
        }
        historyService.deleteHistoricProcessInstances(instances);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(instances)).count()).isZero();

        assertThat(figures.funnel(month, month)).isEqualTo(funnel);
        assertThat(figures.taskTimes(month, month)).isEqualTo(tasks);
        assertThat(figures.decisionTimes(month, month)).isEqualTo(decisions);
    }

    @Test
    void shouldCountAReplayedEventOrABackfillOnce() {
        YearMonth month = YearMonth.of(2031, 7);
        at(ZonedDateTime.of(2031, 7, 7, 9, 0, 0, 0, JAPAN), 0);
        Registration approved = submitted("replayed");
        at(null, 60);
        decide(approved, "approve");
        List<FunnelRow> funnel = figures.funnel(month, month);
        List<LeadTime> tasks = figures.taskTimes(month, month);
        List<LeadTime> decisions = figures.decisionTimes(month, month);
        assertThat(funnel(month, "registration", TOTO).orElseThrow().count("approved")).isEqualTo(1);
        Map<String, Integer> rows = rowCounts();

        AnalyticsHistoryHandler handler = new AnalyticsHistoryHandler(facts);
        HistoricTaskInstance task = historicTask(approved);
        HistoricTaskInstanceEventEntity completed = new HistoricTaskInstanceEventEntity();
        completed.setEventType(HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName());
        completed.setTaskId(task.getId());
        completed.setProcessInstanceId(task.getProcessInstanceId());
        completed.setProcessDefinitionKey(task.getProcessDefinitionKey());
        completed.setTaskDefinitionKey(task.getTaskDefinitionKey());
        completed.setTenantId(task.getTenantId());
        completed.setAssignee(task.getAssignee());
        completed.setStartTime(task.getStartTime());
        completed.setEndTime(Date.from(start.plus(Duration.ofDays(2))));
        HistoricProcessInstance main = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(approved.getProcessInstanceId()).singleResult();
        HistoricProcessInstanceEventEntity started = new HistoricProcessInstanceEventEntity();
        started.setEventType(HistoryEventTypes.PROCESS_INSTANCE_START.getEventName());
        started.setProcessInstanceId(main.getId());
        started.setProcessDefinitionKey(main.getProcessDefinitionKey());
        started.setStartTime(main.getStartTime());
        HistoricActivityInstanceEventEntity review = new HistoricActivityInstanceEventEntity();
        var call = historyService.createHistoricActivityInstanceQuery().processInstanceId(main.getId())
                .activityId(RegistrationProcess.Elements.CALL_REVIEW).singleResult();
        review.setEventType(HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName());
        review.setActivityInstanceId(call.getId());
        review.setProcessInstanceId(main.getId());
        review.setProcessDefinitionKey(main.getProcessDefinitionKey());
        review.setActivityId(call.getActivityId());
        review.setStartTime(call.getStartTime());
        review.setEndTime(Date.from(start.plus(Duration.ofDays(3))));
        for (int i = 0; i < 2; i++) {
            handler.handleEvent(completed);
            handler.handleEvent(started);
            handler.handleEvent(review);
        }
        assertThat(rowCounts()).isEqualTo(rows);
        assertThat(figures.funnel(month, month)).isEqualTo(funnel);
        assertThat(figures.taskTimes(month, month)).isEqualTo(tasks);
        assertThat(figures.decisionTimes(month, month)).isEqualTo(decisions);

        backfill.fill();
        assertThat(rowCounts()).isEqualTo(rows);
        assertThat(figures.funnel(month, month)).isEqualTo(funnel);

        // A registration filled after its review still gets the review's university.
        jdbc.update("delete from analytics_process where instance_key = ?", AnalyticsFacts.key(main.getId()));
        backfill.fill();
        assertThat(figures.funnel(month, month)).isEqualTo(funnel);

        // What predates the tables comes from the engine's history.
        List<String> keys = new ArrayList<>(List.of(AnalyticsFacts.key(main.getId()),
                AnalyticsFacts.key(task.getProcessInstanceId())));
        for (String table : List.of("analytics_process", "analytics_activity", "analytics_task")) {
            keys.forEach(key -> jdbc.update("delete from " + table + " where instance_key = ?", key));
        }
        assertThat(figures.funnel(month, month)).isEmpty();
        backfill.fill();
        assertThat(rowCounts()).isEqualTo(rows);
        assertThat(figures.funnel(month, month)).isEqualTo(funnel);
        assertThat(figures.taskTimes(month, month)).isEqualTo(tasks);
        assertThat(figures.decisionTimes(month, month)).isEqualTo(decisions);
    }

    @Test
    void shouldShowTheOpenReviewsNow() {
        at(ZonedDateTime.of(2031, 5, 12, 9, 0, 0, 0, JAPAN), 0);
        executeDueJobs();
        Workload before = workload().orElse(new Workload("registration-review", TOTO, 0, 0, 0, Duration.ZERO, 0));
        Registration waiting = submitted("waiting");
        at(null, 60);
        claim(waiting);
        at(null, 6 * 24 * 60);
        String review = review(waiting);
        execute(review, RegistrationReviewProcess.Elements.REVIEW_OVERDUE);
        execute(review, RegistrationReviewProcess.Elements.SEND_REVIEW_REMINDER);
        submitted("fresh");
        at(null, 6 * 24 * 60 + 60);

        Workload after = workload().orElseThrow();
        Duration waited = Duration.ofDays(6).plusHours(1);
        assertThat(after.open()).isEqualTo(before.open() + 2);
        assertThat(after.claimed()).isEqualTo(before.claimed() + 1);
        assertThat(after.unclaimed()).isEqualTo(before.unclaimed() + 1);
        assertThat(after.pastReminder()).isEqualTo(before.pastReminder() + 1);
        Duration beforeOldest = before.open() == 0 ? Duration.ZERO : before.oldestAge().plus(waited);
        assertThat(after.oldestAge()).isEqualTo(beforeOldest.compareTo(waited) > 0 ? beforeOldest : waited);
    }

    @Test
    void shouldCountMailsSentFailedAndIncidents() {
        YearMonth month = YearMonth.of(2031, 9);
        at(ZonedDateTime.of(2031, 9, 1, 9, 0, 0, 0, JAPAN), 0);
        String instance;
        String jobId;
        greenMail.stop();
        try {
            instance = registrations.start(mail("outage"), Locale.JAPANESE).getProcessInstanceId();
            jobId = managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
            run(jobId);
            await(() -> managementService.createJobQuery().jobId(jobId).singleResult().getExceptionMessage() != null);
            JobRetries.setToOne(managementService, jobId);
            run(jobId);
            await(() -> runtimeService.createIncidentQuery().processInstanceId(instance).count() == 1);
        } finally {
            greenMail.start();
        }
        // What Cockpit's "retry" does, once the mail server is back.
        JobRetries.setToOne(managementService, jobId);
        managementService.executeJob(jobId);

        long failedRuns = historyService.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count();
        assertThat(failedRuns).isGreaterThanOrEqualTo(2);
        // Other tests' open reviews may remind their staff in this month too; only registrations are this test's.
        assertThat(registrationMail(month)).containsExactly(new MailRow("registration", null, month, 1, failedRuns, 1));
        backfill.fill();
        assertThat(registrationMail(month)).containsExactly(new MailRow("registration", null, month, 1, failedRuns, 1));
    }

    @Test
    void shouldTakeNearestRankPercentiles() {
        List<Duration> values = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3),
                Duration.ofMinutes(4), Duration.ofMinutes(5), Duration.ofMinutes(6), Duration.ofMinutes(7),
                Duration.ofMinutes(8), Duration.ofMinutes(9), Duration.ofMinutes(10), Duration.ofMinutes(11));
        assertThat(AnalyticsFigures.percentile(values, 50)).isEqualTo(Duration.ofMinutes(6));
        assertThat(AnalyticsFigures.percentile(values, 90)).isEqualTo(Duration.ofMinutes(10));
        assertThat(AnalyticsFigures.percentile(List.of(Duration.ofMinutes(7)), 90)).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void shouldNameOutcomesAfterTheirEndEvents() {
        assertThat(AnalyticsFacts.outcome("EndEvent_UrlExpired")).isEqualTo("url-expired");
        assertThat(AnalyticsFacts.outcome("EndEvent_Approved")).isEqualTo("approved");
        assertThat(AnalyticsFacts.outcome(null)).isEqualTo("cancelled");
    }

    /** Sets the clock to the walk's start (when given), then to that many minutes after it. */
    private void at(ZonedDateTime walkStart, long minutes) {
        if (walkStart != null) {
            start = walkStart.toInstant();
        }
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(minutes))));
    }

    private String mail(String name) {
        return name + "-" + System.nanoTime() + "@example.jp";
    }

    private Registration submitted(String name) {
        Registration registration = registrations.importSubmitted(mail(name), Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "分析 太郎", "ブンセキ タロウ"));
        settle(registration);
        return registration;
    }

    private String review(Registration registration) {
        return runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();
    }

    private Task task(Registration registration) {
        return taskService.createTaskQuery().processInstanceId(review(registration)).singleResult();
    }

    private HistoricTaskInstance historicTask(Registration registration) {
        HistoricProcessInstance review = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).list().get(0);
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(review.getId()).singleResult();
    }

    private void claim(Registration registration) {
        taskService.claim(task(registration).getId(), "toto-staff");
    }

    private void decide(Registration registration, String decision) {
        Task task = task(registration);
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), "toto-staff");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(RegistrationProcess.Variables.DECISION, decision);
        if (!"approve".equals(decision)) {
            variables.put(RegistrationProcess.Variables.DECISION_REASON, "書類の写真が不鮮明です。");
            variables.put("resubmit_address", true);
        }
        taskService.complete(task.getId(), variables);
        settle(registration);
    }

    /** Runs the instance's due jobs (mails, account opening) now, whether or not the job executor got there first. */
    private void settle(Registration registration) {
        String instance = registration.getProcessInstanceId();
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> run(job.getId()));
            pause();
        }
        throw new AssertionError("jobs of " + instance + " kept coming");
    }

    private void execute(String instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId)
                .singleResult();
        if (job != null) {
            run(job.getId());
        }
    }

    /** Everything due at the moved clock, so that other tests' reviews do not change while this one counts. */
    private void executeDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = managementService.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> run(job.getId()));
            pause();
        }
    }

    private void run(String jobId) {
        try {
            managementService.executeJob(jobId);
        } catch (RuntimeException e) {
            // The job executor, which sees the moved clock too, ran it concurrently, or the job failed for a retry.
        }
    }

    private static void await(BooleanSupplier condition) {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            pause();
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<FunnelRow> funnel(YearMonth month, String processKey, String university) {
        return figures.funnel(month, month).stream()
                .filter(row -> row.processKey().equals(processKey) && Objects.equals(row.university(),
                        university))
                .findFirst();
    }

    private static LeadTime lead(List<LeadTime> rows, String processKey, String university, YearMonth month) {
        return rows.stream().filter(row -> row.processKey().equals(processKey) && row.university().equals(university)
                && row.month().equals(month)).findFirst().orElseThrow();
    }

    private List<MailRow> registrationMail(YearMonth month) {
        return figures.mail(month, month).stream().filter(row -> row.processKey().equals("registration")).toList();
    }

    private Optional<Workload> workload() {
        return figures.workload().stream()
                .filter(row -> row.processKey().equals("registration-review") && TOTO.equals(row.university()))
                .findFirst();
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (String table : List.of("analytics_process", "analytics_activity", "analytics_task")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
