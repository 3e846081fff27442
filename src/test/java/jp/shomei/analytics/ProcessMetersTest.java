package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.icegreen.greenmail.util.GreenMail;
import jp.shomei.demo.DemoCredentials;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.JobRetries;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meters at /actuator/prometheus, as the monitoring system scrapes them, after registrations walked to their
 * ends: counted once per committed event, labelled only by process, university and outcome, as many series after
 * more instances as before, and the open-task gauges read from one cached query.
 */
@ShomeiTest
class ProcessMetersTest {

    private static final String TOTO = "toto";
    private static final String REGISTRATION = "registration";
    private static final String REVIEW = "registration-review";
    private static final Pattern SAMPLE = Pattern.compile("^(shomei_[a-z_]+)(?:\\{([^}]*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

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
    RepositoryService repositoryService;

    @Autowired
    AnalyticsFigures figures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GreenMail greenMail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountWhatTheProcessesDidWithBoundedLabels() throws Exception {
        settleAll();
        Map<String, Double> before = scrape();
        Walk walk = walk();

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put(series("shomei_process_instances_started_total", REGISTRATION, "none", null), 3.0);
        expected.put(series("shomei_process_instances_started_total", REVIEW, TOTO, null), 2.0);
        expected.put(series("shomei_process_instances_ended_total", REVIEW, TOTO, "approved"), 1.0);
        expected.put(series("shomei_process_instances_ended_total", REVIEW, TOTO, "rejected"), 1.0);
        expected.put(series("shomei_process_instances_ended_total", REGISTRATION, TOTO, "approved"), 1.0);
        expected.put(series("shomei_process_instances_ended_total", REGISTRATION, TOTO, "rejected"), 1.0);
        expected.put(series("shomei_process_instances_ended_total", REGISTRATION, "none", "url-expired"), 1.0);
        expected.put(series("shomei_user_tasks_completed_total", REVIEW, TOTO, null), 2.0);
        // The approval and the rejection once the review gave the registration its university; the URL before.
        expected.put(series("shomei_mails_sent_total", REGISTRATION, TOTO, null), 2.0);
        expected.put(series("shomei_mails_sent_total", REGISTRATION, "none", null), 1.0);
        Map<String, Double> moved = awaitMoved(before, expected.keySet(), expected);
        assertThat(moved).isEqualTo(expected);

        String text = scrapeText();
        for (String trace : walk.traces()) {
            assertThat(text).doesNotContain(trace);
        }
        Set<String> processes = repositoryService.createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getKey).collect(Collectors.toSet());
        Set<String> universityCodes = new java.util.HashSet<>(Set.of("none"));
        universities.findAll().forEach(university -> universityCodes.add(university.getCode()));
        for (String key : scrape().keySet()) {
            Map<String, String> labels = labels(key);
            assertThat(labels.keySet()).as(key).isSubsetOf("process", "university", "outcome");
            assertThat(labels.get("process")).as(key).isIn(processes);
            assertThat(labels.get("university")).as(key).isIn(universityCodes);
        }

        // More instances of the same processes make no new series.
        int series = scrape().size();
        walk();
        walk();
        assertThat(scrape().size()).isEqualTo(series);
    }

    @Test
    void shouldCountOnlyWhatCommitted() throws Exception {
        settleAll();
        String started = series("shomei_process_instances_started_total", REGISTRATION, "none", null);
        String sent = series("shomei_mails_sent_total", REGISTRATION, "none", null);
        String failedRuns = series("shomei_mail_failures_total", REGISTRATION, "none", "job-failed");
        String incidents = series("shomei_mail_failures_total", REGISTRATION, "none", "incident");
        Map<String, Double> before = scrape();

        // A registration started in a transaction that rolls back was never started.
        transactions.executeWithoutResult(status -> {
            registrations.start(mail("rolled-back"), Locale.JAPANESE);
            status.setRollbackOnly();
        });
        assertThat(delta(before, scrape(), started)).isZero();

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
        // The job executor, which sees the stopped server too, may log one more failed run meanwhile.
        Supplier<Map<String, Double>> outageNow = () -> {
            Map<String, Double> expected = new HashMap<>();
            expected.put(started, 1.0);
            expected.put(sent, 0.0);
            expected.put(failedRuns, (double) historyService.createHistoricJobLogQuery().processInstanceId(instance)
                    .failureLog().count());
            expected.put(incidents, 1.0);
            return expected;
        };
        assertThat(awaitMoved(before, outageNow)).isEqualTo(outageNow.get());
        Map<String, Double> outage = outageNow.get();
        assertThat(outage.get(failedRuns)).isGreaterThanOrEqualTo(2);

        // Cockpit's "retry", once the mail server is back: sent once, and no failure more.
        JobRetries.setToOne(managementService, jobId);
        managementService.executeJob(jobId);
        Map<String, Double> retried = new HashMap<>(outage);
        retried.put(sent, 1.0);
        assertThat(awaitMoved(before, retried.keySet(), retried)).isEqualTo(retried);
    }

    @Test
    void shouldReadTheOpenTasksFromOneCachedQuery() throws Exception {
        settleAll();
        Registration claimedLater = submitted("open");
        submitted("open");
        // Past every earlier reading of the clock, so that the first scrape reads the tasks anew.
        Instant now = Instant.now().plus(Duration.ofMinutes(5));
        ClockUtil.setCurrentTime(Date.from(now));
        Workload expected = workload();
        Map<String, Double> first = scrape();
        assertThat(gauges(first)).isEqualTo(gauges(expected));
        assertThat(expected.unclaimed()).isGreaterThanOrEqualTo(2);

        taskService.claim(task(claimedLater).getId(), "toto-staff");
        assertThat(gauges(scrape())).as("within the refresh period: the same reading, no query")
                .isEqualTo(gauges(expected));
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofSeconds(29))));
        assertThat(gauges(scrape())).isEqualTo(gauges(expected));

        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofSeconds(30))));
        Workload claimed = workload();
        assertThat(claimed.claimed()).isEqualTo(expected.claimed() + 1);
        assertThat(claimed.unclaimed()).isEqualTo(expected.unclaimed() - 1);
        assertThat(gauges(scrape())).isEqualTo(gauges(claimed));
    }

    private record Walk(List<String> traces) {
    }

    /** One registration approved (and its passwords set), one rejected, one whose URL expired; no clock moved. */
    private Walk walk() {
        Registration approved = submitted("approved");
        Registration rejected = submitted("rejected");
        Registration expired = registrations.start(mail("expired"), Locale.JAPANESE);
        settle(expired);
        decide(approved, "approve");
        runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_PASSWORDS_SET)
                .processInstanceId(approved.getProcessInstanceId()).correlate();
        decide(rejected, "reject");
        Job timer = managementService.createJobQuery().processInstanceId(expired.getProcessInstanceId())
                .activityId(RegistrationProcess.Elements.URL_EXPIRED).singleResult();
        managementService.executeJob(timer.getId());
        settle(expired);
        List<String> traces = new ArrayList<>();
        for (Registration registration : List.of(approved, rejected, expired)) {
            traces.add(registration.getEmail());
            traces.add(registration.getProcessInstanceId());
        }
        return new Walk(traces);
    }

    private Registration submitted(String name) {
        Registration registration = registrations.importSubmitted(mail(name), Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "計測 花子", "ケイソク ハナコ"));
        settle(registration);
        return registration;
    }

    private Task task(Registration registration) {
        String review = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();
        return taskService.createTaskQuery().processInstanceId(review).singleResult();
    }

    private void decide(Registration registration, String decision) {
        Task task = task(registration);
        taskService.claim(task.getId(), "toto-staff");
        Map<String, Object> variables = new HashMap<>();
        variables.put(RegistrationProcess.Variables.DECISION, decision);
        if (!"approve".equals(decision)) {
            variables.put(RegistrationProcess.Variables.DECISION_REASON, "書類の写真が不鮮明です。");
            variables.put("resubmit_address", true);
        }
        taskService.complete(task.getId(), variables);
        settle(registration);
    }

    private static String mail(String name) {
        return "meters-" + name + "-" + System.nanoTime() + "@example.jp";
    }

    /** Runs the instance's due jobs (mails, account opening), whether or not the job executor got there first. */
    private void settle(Registration registration) {
        settle(() -> managementService.createJobQuery().processInstanceId(registration.getProcessInstanceId())
                .executable().list());
    }

    /** Everything due now, so that no other test's job counts while this one does. */
    private void settleAll() {
        settle(() -> managementService.createJobQuery().executable().list().stream()
                .filter(job -> job.getRetries() > 0 && job.getExceptionMessage() == null).toList());
    }

    private void settle(java.util.function.Supplier<List<Job>> due) {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = due.get();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> run(job.getId()));
            pause();
        }
        throw new AssertionError("jobs kept coming");
    }

    private void run(String jobId) {
        try {
            managementService.executeJob(jobId);
        } catch (RuntimeException e) {
            // The job executor ran it concurrently, or the job failed for a retry.
        }
    }

    private Workload workload() {
        return figures.workload().stream()
                .filter(row -> row.processKey().equals(REVIEW) && TOTO.equals(row.university()))
                .findFirst().orElseThrow();
    }

    private static List<Double> gauges(Workload workload) {
        return List.of((double) workload.claimed(), (double) workload.unclaimed(), (double) workload.pastReminder(),
                workload.oldestAge().toMillis() / 1000.0);
    }

    private static List<Double> gauges(Map<String, Double> scrape) {
        return List.of(scrape.get(series("shomei_user_tasks_open", REVIEW, TOTO, "claimed")),
                scrape.get(series("shomei_user_tasks_open", REVIEW, TOTO, "unclaimed")),
                scrape.get(series("shomei_user_tasks_past_reminder", REVIEW, TOTO, null)),
                scrape.get(series("shomei_user_tasks_oldest_age_seconds", REVIEW, TOTO, null)));
    }

    /** How far each series moved since before, once it reached what was expected (the counts land after commit). */
    private Map<String, Double> awaitMoved(Map<String, Double> before, Set<String> keys, Map<String, Double> expected)
            throws Exception {
        return awaitMoved(before, () -> expected);
    }

    /** The series' moves since before, once they equal what is expected at that moment (or after 5 s). */
    private Map<String, Double> awaitMoved(Map<String, Double> before, Supplier<Map<String, Double>> expected)
            throws Exception {
        Map<String, Double> moved = Map.of();
        for (int i = 0; i < 100; i++) {
            Map<String, Double> wanted = expected.get();
            Map<String, Double> now = scrape();
            moved = wanted.keySet().stream().collect(Collectors.toMap(key -> key, key -> delta(before, now, key)));
            if (moved.equals(wanted)) {
                break;
            }
            pause();
        }
        return moved;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        return after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0);
    }

    /** Shomei's series in the scrape, by name and sorted labels. */
    private Map<String, Double> scrape() throws Exception {
        Map<String, Double> values = new TreeMap<>();
        for (String line : scrapeText().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                Map<String, String> labels = new TreeMap<>();
                Matcher label = LABEL.matcher(Objects.requireNonNullElse(sample.group(2), ""));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                values.put(sample.group(1) + labels, Double.parseDouble(sample.group(3)));
            }
        }
        return values;
    }

    private String scrapeText() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("monitor:" + DemoCredentials.MONITOR_PASSWORD).getBytes()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String series(String name, String process, String university, String outcome) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("process", process);
        labels.put("university", university);
        if (outcome != null) {
            labels.put("outcome", outcome);
        }
        return name + labels;
    }

    private static Map<String, String> labels(String series) {
        Map<String, String> labels = new TreeMap<>();
        String inner = series.substring(series.indexOf('{') + 1, series.length() - 1);
        for (String pair : inner.split(", ")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                labels.put(parts[0], parts[1]);
            }
        }
        return labels;
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
}
