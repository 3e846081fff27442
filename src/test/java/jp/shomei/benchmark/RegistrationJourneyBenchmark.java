package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jp.shomei.mail.MailJobs;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestDatabase;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient;
import jp.shomei.support.WebClient.Upload;
import jp.shomei.university.IdentityDocumentType;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The registration journey over HTTP against a bare engine skeleton of the same process steps, in the same JVM and
 * engine, with the same number of concurrent applicants, measured side by side (skeleton, skeleton + account,
 * Shomei, and again) at each level.
 * <p>
 * Shomei: an applicant enters a mail address (from an address of its own, {@code X-Forwarded-For}, so that no
 * client limit counts), reads the one-time URL out of the mail the embedded mail server received, agrees to the
 * terms, posts the form with two identity-document images of about 300 KB (front and back), confirms and submits;
 * a staff member signed in once claims and approves the review task through the webapps' API, as Tasklist does; the
 * journey ends when the initial password's mail arrived.
 * <p>
 * The skeleton: a process with the same steps built here with Camunda's model API (its key {@value #SKELETON_KEY},
 * no tenant), driven with the Java API: start; an asynchronous service task mails a random token to the embedded
 * mail server with the same mail sender (plain text, no template) and keeps it as the business key; a receive task
 * with a 30-minute timer waits for the form, correlated by that token with the same form fields and the same two
 * images as process variables (in a skeleton only; Shomei keeps them in its own tables); a staff user task, claimed
 * and completed; an asynchronous service task mails a random password. Shomei's steps do more: pages, sessions,
 * checks, its own rows, the call of the university's review process, the account with an Argon2id hash of the
 * initial password.
 * <p>
 * A second skeleton, "skeleton + account", is the same process whose password task also opens an account the bare
 * engine's way: an engine user with the mailed password, which this engine hashes as it hashes every password
 * (Argon2id, the hash DESIGN.md requires for every password). Shomei against it tells what Shomei's steps cost beyond
 * the one hash the rule sets.
 * <p>
 * Throughput is applicants ÷ mean journey time (each applicant starts its next journey as soon as one ends). Between
 * rounds the mail server's mailboxes are emptied and the job executor settles. Every process instance, row and the
 * skeleton's deployment are deleted by id at the end.
 * {@code ./mvnw -B test -Dtest=RegistrationJourneyBenchmark -Dshomei.benchmark=full}
 */
@ShomeiTest
class RegistrationJourneyBenchmark {

    static final String SKELETON_KEY = "benchmark-registration-skeleton";
    private static final String SKELETON_FORM_MESSAGE = "benchmark.skeleton.formSubmitted";
    private static final String SKELETON_EMAIL = "email";
    /** Whether the skeleton's password task opens an account (an engine user) with the password it mails. */
    private static final String SKELETON_ACCOUNT = "account";
    private static final String SKELETON_USER_PREFIX = "benchmark-skeleton-";
    private static final String SKELETON_URL_MAIL = "ServiceTask_SendUrl";
    private static final String SKELETON_WAIT = "ReceiveTask_WaitForForm";
    private static final String SKELETON_REVIEW = "UserTask_Review";
    private static final String STAFF = "toto-staff";
    private static final String STAFF_PASSWORD = "Staff-Demo-2026";
    private static final String WEBAPP_TASKS = "/camunda/api/engine/engine/default/task/";
    private static final String URL = "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})";
    private static final String INITIAL_PASSWORD = "(?m)^\\s*(?:初期パスワード|Initial password)\\s*[:：]\\s*(\\S+)\\s*$";

    private static final int[] APPLICANTS = Benchmarks.pick(new int[] {2, 4}, new int[] {1, 2, 4});
    private static final int ROUNDS = Benchmarks.pick(1, 2);
    private static final long ROUND_MILLIS = Benchmarks.pick(0L, 15_000L);
    private static final int MIN_JOURNEYS = Benchmarks.pick(2, 1);
    private static final int WARM_UP_APPLICANTS = Benchmarks.pick(1, 2);
    private static final long WARM_UP_MILLIS = Benchmarks.pick(0L, 15_000L);

    private static final List<String> SHOMEI_STEPS = List.of("address", "url mail", "agree+form", "check+confirm",
            "submit", "review task", "decision", "password mail");
    private static final List<String> SKELETON_STEPS = List.of("address", "url mail", "form", "review task",
            "decision", "password mail");

    /** The mail sender the skeleton's delegate uses; the engine creates the delegate, not Spring. */
    static volatile JavaMailSender skeletonMail;

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    UniversityRepository universities;
    @Autowired
    SchoolCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> instanceIds = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> registrationIds = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger journeys = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private Mailbox mailbox;
    private Map<String, String> application;
    private byte[] front;
    private byte[] back;
    private List<WebClient> staff;

    @Test
    void shouldMeasureTheJourneyAgainstABareEngineSkeleton() throws Exception {
        mailbox = new Mailbox(greenMail);
        skeletonMail = mailSender;
        // With a document type that has a back side, so that both images go; filled in once, outside the timing.
        application = TestApplications.totoApplicationFields(universities, catalog, "",
                IdentityDocumentType::isBackSideAllowed);
        front = TestImages.noise(320, 320, 1);
        back = TestImages.noise(320, 320, 2);
        String deployment = repositoryService.createDeployment().name(SKELETON_KEY)
                .addModelInstance(SKELETON_KEY + ".bpmn", skeleton()).deploy().getId();
        try {
            staff = new ArrayList<>();
            for (int i = 0; i < APPLICANTS[APPLICANTS.length - 1]; i++) {
                WebClient client = new WebClient(base());
                client.signInAsStaff(STAFF, STAFF_PASSWORD);
                client.page("/camunda/app/tasklist/default/");
                staff.add(client);
            }
            // Compiles every side's code before anything counts.
            for (Side side : Side.values()) {
                level(side, WARM_UP_APPLICANTS, WARM_UP_MILLIS, 1);
            }
            Benchmarks.Table table = new Benchmarks.Table("RegistrationJourneyBenchmark",
                    "Registration journeys against a bare engine skeleton of the same steps, "
                            + (TestDatabase.postgres() ? "embedded PostgreSQL" : "H2 in memory") + ", "
                            + Runtime.getRuntime().availableProcessors() + " cores",
                    "applicants", "side", "step", "journeys", "p50 ms", "p95 ms", "journeys/s", "÷ skeleton",
                    "÷ skeleton + account");
            Recording recording = Benchmarks.recording("RegistrationJourneyBenchmark");
            try {
                for (int applicants : APPLICANTS) {
                    Map<Side, List<Journey>> done = new EnumMap<>(Side.class);
                    for (int round = 0; round < ROUNDS; round++) {
                        for (Side side : Side.values()) {
                            done.computeIfAbsent(side, s -> new ArrayList<>())
                                    .addAll(level(side, applicants, ROUND_MILLIS, MIN_JOURNEYS));
                        }
                    }
                    double skeletonRate = rows(table, applicants, Side.SKELETON, done.get(Side.SKELETON),
                            Double.NaN, Double.NaN);
                    double accountRate = rows(table, applicants, Side.SKELETON_ACCOUNT,
                            done.get(Side.SKELETON_ACCOUNT), skeletonRate, Double.NaN);
                    rows(table, applicants, Side.SHOMEI, done.get(Side.SHOMEI), skeletonRate, accountRate);
                }
            } finally {
                if (recording != null) {
                    recording.stop();
                    recording.close();
                }
            }
            table.note("journeys/s = applicants ÷ mean journey time; ÷ skeleton = the row's journeys/s ÷ the "
                    + "skeleton's at the same level (target for Shomei ≥ 0.5 at 2 and 4 applicants); ÷ skeleton + "
                    + "account = the same against the skeleton whose password task also opens an account, an engine "
                    + "user with the mailed password (hashed with Argon2id like every password here). %d round(s) per "
                    + "side and level, sides in turn, %d ms each (at least %d journey(s) per applicant).", ROUNDS,
                    ROUND_MILLIS, MIN_JOURNEYS);
            table.note("Steps: address = the mail address page and its POST (skeleton: the process start); url mail "
                    + "= until the one-time URL's mail arrived and the URL works (Shomei: its terms page opens; "
                    + "skeleton: the wait is reached); agree+form = agreement, form page; "
                    + "check+confirm = the form's POST with two %d KB png images, confirmation page; submit = the "
                    + "submission and the reception page (skeleton's form: one message correlation with the same "
                    + "fields and images); review task = until the staff task exists; decision = claim and approve "
                    + "(Shomei: the webapps' API, signed in; skeleton: TaskService); password mail = until the mail "
                    + "with the initial password arrived.", (front.length + back.length) / 2 / 1024);
            Path file = table.publish();

            assertThat(table.size()).isGreaterThanOrEqualTo(APPLICANTS.length * (3 + SHOMEI_STEPS.size()
                    + 2 * SKELETON_STEPS.size()));
            assertThat(file).exists();
        } finally {
            cleanUp(deployment);
        }
    }

    private enum Side {
        SKELETON("skeleton"), SKELETON_ACCOUNT("skeleton + account"), SHOMEI("Shomei");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    /** One journey: its start and end, and each step's time in nanoseconds, in the side's order of steps. */
    private record Journey(long started, long ended, long[] steps) {
        long time() {
            return ended - started;
        }
    }

    /** The rows of one side at one level, with its ratios to the skeletons' journeys a second; returns its own. */
    private double rows(Benchmarks.Table table, int applicants, Side side, List<Journey> done, double skeletonRate,
            double accountRate) {
        long[] times = done.stream().mapToLong(Journey::time).toArray();
        double perSecond = applicants / (Arrays.stream(times).average().orElseThrow() / 1e9);
        table.row(applicants, side.label, "whole journey", done.size(),
                Benchmarks.millis(Benchmarks.percentile(times, 50)),
                Benchmarks.millis(Benchmarks.percentile(times, 95)),
                perSecond, Double.isNaN(skeletonRate) ? "" : Benchmarks.Table.ratio(perSecond / skeletonRate),
                Double.isNaN(accountRate) ? "" : Benchmarks.Table.ratio(perSecond / accountRate));
        List<String> steps = side == Side.SHOMEI ? SHOMEI_STEPS : SKELETON_STEPS;
        for (int i = 0; i < steps.size(); i++) {
            int step = i;
            long[] stepTimes = done.stream().mapToLong(j -> j.steps()[step]).toArray();
            table.row("", "", steps.get(i), "", Benchmarks.millis(Benchmarks.percentile(stepTimes, 50)),
                    Benchmarks.millis(Benchmarks.percentile(stepTimes, 95)), "", "", "");
        }
        return perSecond;
    }

    /**
     * Each applicant walks journeys one after the other until the time is up and it has walked at least the minimum;
     * then the job executor settles and the mailboxes are emptied, so that the next round starts alike.
     */
    private List<Journey> level(Side side, int applicants, long millis, int minimum) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        ExecutorService threads = Executors.newFixedThreadPool(applicants);
        List<Journey> done = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> walking = new ArrayList<>();
            for (int a = 0; a < applicants; a++) {
                WebClient staffClient = staff.get(a);
                walking.add(threads.submit(() -> {
                    for (int n = 0; n < minimum || System.nanoTime() < deadline; n++) {
                        done.add(side == Side.SHOMEI ? shomei(staffClient)
                                : skeletonJourney(side == Side.SKELETON_ACCOUNT));
                    }
                    return null;
                }));
            }
            for (Future<?> applicant : walking) {
                applicant.get();
            }
        } finally {
            threads.shutdown();
        }
        settle();
        greenMail.purgeEmailFromAllMailboxes();
        return done;
    }

    private Journey shomei(WebClient staffClient) {
        int journey = journeys.incrementAndGet();
        String email = address(journey);
        WebClient browser = new WebClient(base());
        Steps steps = new Steps(SHOMEI_STEPS.size());

        assertThat(browser.page("/register")).contains("name=\"emailConfirm\"");
        ResponseEntity<String> sent = browser.postBody("/register", "application/x-www-form-urlencoded",
                form(Map.of("email", email, "emailConfirm", email, "_csrf", browser.csrfToken())),
                Map.of("X-Forwarded-For", clientAddress(journey)));
        browser.follow(sent);
        steps.next();
        String url = Mailbox.find(mailbox.awaitMail(email, 1), URL);
        // The job mails the URL before its transaction commits the token: until then the link is unknown.
        awaitTrue(() -> browser.page(url).contains("name=\"agree\""));
        steps.next();

        browser.follow(browser.post(url + "/agree", Map.of("agree", "true")));
        steps.next();
        ResponseEntity<String> checked = browser.postMultipart(url + "/check", applicationFor(email), Map.of(
                "frontImage", new Upload("front.png", "image/png", front),
                "backImage", new Upload("back.png", "image/png", back)));
        assertThat(checked.getStatusCode().is3xxRedirection()).as(checked.getBody()).isTrue();
        browser.follow(checked);
        steps.next();
        String received = browser.follow(browser.post(url + "/submit", Map.of()));
        Long registrationId = Long.valueOf(Mailbox.find(received, "R-(\\d+)"));
        registrationIds.add(registrationId);
        steps.next();

        Task review = awaitTask(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(registrationId.toString())
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).singleResult());
        steps.next();
        assertThat(staffClient.sendJson("POST", WEBAPP_TASKS + review.getId() + "/claim",
                "{\"userId\":\"" + STAFF + "\"}", Map.of()).getStatusCode().value()).isEqualTo(204);
        assertThat(staffClient.sendJson("POST", WEBAPP_TASKS + review.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", Map.of()).getStatusCode().value())
                .isEqualTo(204);
        steps.next();
        Mailbox.find(mailbox.awaitMail(email, 2), INITIAL_PASSWORD);
        steps.next();
        instanceIds.add(jdbc.queryForObject("select process_instance_id from registration where id = ?",
                String.class, registrationId));
        return steps.journey();
    }

    private Journey skeletonJourney(boolean account) {
        String email = address(journeys.incrementAndGet());
        Steps steps = new Steps(SKELETON_STEPS.size());

        String instanceId = runtimeService.startProcessInstanceByKey(SKELETON_KEY, Variables.createVariables()
                .putValue(SKELETON_EMAIL, email).putValue(SKELETON_ACCOUNT, account)).getId();
        instanceIds.add(instanceId);
        steps.next();
        String token = Mailbox.find(mailbox.awaitMail(email, 1), "token: (\\S+)");
        // As in Shomei, the job mails before its transaction commits: the wait is reached just after.
        awaitTrue(() -> runtimeService.createExecutionQuery().processInstanceId(instanceId)
                .activityId(SKELETON_WAIT).count() > 0);
        steps.next();

        VariableMap submitted = Variables.createVariables();
        applicationFor(email).forEach(submitted::putValue);
        submitted.putValue("frontImage", front);
        submitted.putValue("backImage", back);
        runtimeService.createMessageCorrelation(SKELETON_FORM_MESSAGE)
                .processInstanceBusinessKey(token).setVariables(submitted).correlateWithResult();
        steps.next();

        Task review = awaitTask(() -> taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(SKELETON_REVIEW).singleResult());
        steps.next();
        taskService.claim(review.getId(), STAFF);
        taskService.complete(review.getId(), Variables.createVariables().putValue("decision", "approve"));
        steps.next();
        Mailbox.find(mailbox.awaitMail(email, 2), "password: (\\S+)");
        steps.next();
        return steps.journey();
    }

    /** Times the steps of one journey one after the other. */
    private static final class Steps {

        private final long started = System.nanoTime();
        private final long[] times;
        private long last = started;
        private int step;

        Steps(int count) {
            times = new long[count];
        }

        void next() {
            long now = System.nanoTime();
            times[step++] = now - last;
            last = now;
        }

        Journey journey() {
            return new Journey(started, last, times);
        }
    }

    /**
     * The skeleton: the registration's steps with nothing of Shomei's behind them. Its mails go out from asynchronous
     * service tasks with the same job priority as Shomei's.
     */
    private static BpmnModelInstance skeleton() {
        return Bpmn.createExecutableProcess(SKELETON_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask(SKELETON_URL_MAIL).camundaClass(SkeletonMail.class).camundaAsyncBefore()
                        .camundaJobPriority(Long.toString(MailJobs.WAITED_FOR_PRIORITY))
                .receiveTask(SKELETON_WAIT).message(SKELETON_FORM_MESSAGE)
                .boundaryEvent("TimerEvent_UrlExpired").timerWithDuration("PT30M").endEvent("EndEvent_Expired")
                .moveToActivity(SKELETON_WAIT)
                .userTask(SKELETON_REVIEW).camundaCandidateGroups("staff-toto")
                .serviceTask("ServiceTask_SendPassword").camundaClass(SkeletonMail.class).camundaAsyncBefore()
                        .camundaJobPriority(Long.toString(MailJobs.WAITED_FOR_PRIORITY))
                .endEvent("EndEvent_Approved")
                .done();
    }

    /**
     * Mails a random token (the one-time URL's step) or a random password (the approval's), as plain text; with an
     * account, the password is first that of a new engine user, named after the instance.
     */
    public static class SkeletonMail implements JavaDelegate {

        private static final SecureRandom RANDOM = new SecureRandom();

        @Override
        public void execute(DelegateExecution execution) throws MessagingException {
            byte[] secret = new byte[16];
            RANDOM.nextBytes(secret);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            boolean url = SKELETON_URL_MAIL.equals(execution.getCurrentActivityId());
            if (url) {
                // Found again by an indexed column, as Shomei finds a token by its stored hash.
                execution.setProcessBusinessKey(value);
            } else if (Boolean.TRUE.equals(execution.getVariable(SKELETON_ACCOUNT))) {
                IdentityService identity = execution.getProcessEngineServices().getIdentityService();
                User user = identity.newUser(SKELETON_USER_PREFIX + execution.getProcessInstanceId());
                user.setEmail((String) execution.getVariable(SKELETON_EMAIL));
                // Upper and lower case whatever the random part holds, as the password policy asks.
                value = "Sk" + value;
                user.setPassword(value);
                identity.saveUser(user);
            }
            MimeMessage message = skeletonMail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom("no-reply@shomei.example");
            helper.setTo((String) execution.getVariable(SKELETON_EMAIL));
            helper.setSubject(url ? "Skeleton URL" : "Skeleton password");
            helper.setText((url ? "token: " : "password: ") + value + "\n", false);
            skeletonMail.send(message);
        }
    }

    private static Task awaitTask(Supplier<Task> query) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Task task = query.get();
            if (task != null) {
                return task;
            }
            pause(10);
        }
        throw new AssertionError("No staff task within 20 s");
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 20 s");
            }
            pause(5);
        }
    }

    /** Waits until no job of the benchmark's processes (and the review the registrations call) is due. */
    private void settle() {
        BooleanSupplier idle = () -> List.of(SKELETON_KEY, RegistrationProcess.KEY, RegistrationReviewProcess.KEY)
                .stream().allMatch(key -> managementService.createJobQuery().processDefinitionKey(key).executable()
                        .count() == 0);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!idle.getAsBoolean() && System.nanoTime() < deadline) {
            pause(50);
        }
    }

    /**
     * Deletes what the benchmark made: its process instances by id with their history and analytics facts (a
     * registration's review goes with it), the registrations' rows and the accounts they opened, and the skeleton's
     * engine users and deployment.
     */
    private void cleanUp(String deployment) {
        settle();
        List<String> reviews = instanceIds.stream().flatMap(id -> historyService
                .createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream())
                .map(HistoricProcessInstance::getId).toList();
        instanceIds.addAll(reviews);
        for (int i = 0; i < instanceIds.size(); i += 500) {
            List<String> ids = instanceIds.subList(i, Math.min(i + 500, instanceIds.size()));
            runtimeService.deleteProcessInstancesIfExists(ids, "benchmark over", true, true, false);
            historyService.deleteHistoricProcessInstancesIfExists(ids);
        }
        for (Long id : registrationIds) {
            Long account = jdbc.queryForObject("select account_id from registration where id = ?", Long.class, id);
            for (String table : List.of("registration_document", "registration_decision",
                    "registration_draft_document", "registration_draft")) {
                jdbc.update("delete from " + table + " where registration_id = ?", id);
            }
            jdbc.update("delete from one_time_token where purpose = ? and subject_id = ?",
                    RegistrationProcess.URL_PURPOSE, id);
            jdbc.update("delete from registration where id = ?", id);
            if (account != null) {
                jdbc.update("delete from student_record where account_id = ?", account);
                jdbc.update("delete from auth_event where account_id = ?", account);
                jdbc.update("delete from account where id = ?", account);
            }
        }
        Benchmarks.deleteAnalyticsFacts(jdbc, instanceIds);
        for (String id : instanceIds) {
            identityService.deleteUser(SKELETON_USER_PREFIX + id);
        }
        repositoryService.deleteDeployment(deployment, true);
        skeletonMail = null;
    }

    private String address(int journey) {
        return "journey-" + run + "-" + journey + "@bench.example";
    }

    /** A client address of the journey's own, so that the per-client limit of URL mails never counts. */
    private static String clientAddress(int journey) {
        return "10." + (journey >> 16 & 255) + "." + (journey >> 8 & 255) + "." + (journey & 255);
    }

    private Map<String, String> applicationFor(String email) {
        Map<String, String> fields = new LinkedHashMap<>(application);
        fields.put("contactEmail", email);
        return fields;
    }

    private static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
