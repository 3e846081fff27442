package jp.shomei.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shomei.ShomeiApplication;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.support.TestDatabase;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the cluster profile on one PostgreSQL database, as docs/cluster.md describes, node A a JVM of its own
 * that is killed (SIGKILL) while it holds jobs: node B, an application in this JVM, runs every job A left, once the
 * lock A took on them has run out. Also the Camunda webapps across the nodes: a staff member signed in on one node
 * uses Tasklist's API on the other, CSRF token included. PostgreSQL only (the surefire execution postgres, or
 * -Dshomei.test.database=postgres). Node A's output goes to {@value #NODE_A_LOG}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledNodeTest {

    private static final String NODE_A = "http://localhost:18091";
    private static final String NODE_B = "http://localhost:18092";
    private static final int SMTP_PORT = 3927;
    /** One name on both nodes, as in production; not the shared test application's "default", in this JVM too. */
    private static final String ENGINE = "cluster";
    private static final String NODE_A_LOG = "target/killed-node/node-a.log";
    private static final String PREFIX = "killed";
    /** Short, so that URL timers fall due on node A while visitors still register there. */
    private static final Duration URL_VALIDITY = Duration.ofSeconds(8);
    /** How long a job a node took stays its own; the takeover of a dead node's jobs waits this long. */
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    private static final int VISITORS = 3;
    private static final int MAX_REGISTRATIONS = 1000;
    private static final String URL_EXPIRED_TIMER = "TimerEvent_UrlExpired";
    private static final String URL_EXPIRED_END = "EndEvent_UrlExpired";

    private GreenMail mail;
    private Process nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() throws IOException {
        assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL database: -Dshomei.test.database=postgres");
        ClockUtil.reset();
        mail = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = TestDatabase.newPostgresDatabase("killed_node");
        long start = System.nanoTime();
        nodeA = startNodeA(database);
        awaitHealthy();
        long aStarted = System.nanoTime();
        nodeB = new SpringApplicationBuilder(ShomeiApplication.class)
                .profiles("demo", "test", "postgres", "cluster")
                .run(nodeArguments("node-b", 18092, database, false).toArray(String[]::new));
        System.out.printf("Node A (own JVM) started in %d s, node B (in this JVM) in %d s%n",
                Duration.ofNanos(aStarted - start).toSeconds(),
                Duration.ofNanos(System.nanoTime() - aStarted).toSeconds());
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        if (nodeA != null && nodeA.isAlive()) {
            nodeA.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** The same configuration as node B's, started as the command line would: java, the class path, the main class. */
    private static Process startNodeA(String database) throws IOException {
        File log = new File(NODE_A_LOG);
        Files.createDirectories(log.toPath().getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                ShomeiApplication.class.getName(),
                "--spring.profiles.active=demo,test,postgres,cluster"));
        command.addAll(nodeArguments("node-a", 18091, database, true));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /**
     * Only the port, the engine's host name in the job log, and the demo data (loaded once, by node A) differ; the
     * engine has one name on both nodes, as in production.
     */
    private static List<String> nodeArguments(String name, int port, String database, boolean demoData) {
        return ClusterNodes.arguments(name, port, database, demoData, SMTP_PORT, URL_VALIDITY, LOCK_TIME,
                "--shomei.registration.mails-per-client=100000", // every visitor here comes from loopback
                "--camunda.bpm.process-engine-name=" + ENGINE);
    }

    private void awaitHealthy() {
        WebClient probe = new WebClient(NODE_A);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(nodeA.isAlive()).as("node A is running; its output: " + NODE_A_LOG).isTrue();
            try {
                return probe.get("/actuator/health").getStatusCode().value() == 200;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
    }

    @Test
    @Order(1)
    void shouldLetAStaffMemberSignedInOnNodeAUseTheWebappsOnNodeB() throws IOException {
        WebClient onA = new WebClient(NODE_A);
        onA.signInAsStaff("toto-staff", "Staff-Demo-2026");
        ResponseEntity<String> tasklist = onA.get("/camunda/app/tasklist/" + ENGINE + "/");
        assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
        String csrf = tasklist.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(csrf).as("the webapps' CSRF token").isNotBlank();

        // The webapps keep who is signed in (their Authentications) and their CSRF token in the session, shared.
        assertThat(sessionAttributes(onA.cookie("SESSION"))).contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");

        WebClient onB = new WebClient(NODE_B);
        onB.setCookie(NODE_B, "SESSION", onA.cookie("SESSION"));
        // No webapp page was opened on B: only the webapps' entry of the shared session tells who this is; a
        // session that never opened one anywhere is unknown there.
        ResponseEntity<String> me = onB.get("/camunda/api/admin/auth/user/" + ENGINE);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody()).contains("\"userId\":\"toto-staff\"", "tasklist");
        WebClient signedInOnBOnly = new WebClient(NODE_B);
        signedInOnBOnly.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(signedInOnBOnly.get("/camunda/api/admin/auth/user/" + ENGINE).getStatusCode().value())
                .isEqualTo(404);

        String tasks = "/camunda/api/engine/engine/" + ENGINE + "/task";
        JsonNode list = new ObjectMapper().readTree(onB.page(tasks));
        JsonNode count = new ObjectMapper().readTree(onB.page(tasks + "/count"));
        assertThat(list.size()).as("Toto's tasks").isPositive();
        assertThat(count.get("count").asInt()).isEqualTo(list.size());
        String taskId = list.get(0).get("id").asText();

        ResponseEntity<String> claim = onB.sendJson("POST", tasks + "/" + taskId + "/claim",
                "{\"userId\":\"toto-staff\"}", Map.of("X-XSRF-TOKEN", csrf));
        assertThat(claim.getStatusCode().value()).as(claim.getBody()).isEqualTo(204);
        JsonNode claimed = new ObjectMapper().readTree(onA.page(tasks + "/" + taskId));
        assertThat(claimed.get("assignee").asText()).isEqualTo("toto-staff");
        ResponseEntity<String> unclaim = onA.sendJson("POST", tasks + "/" + taskId + "/unclaim", "{}",
                Map.of("X-XSRF-TOKEN", csrf));
        assertThat(unclaim.getStatusCode().value()).as(unclaim.getBody()).isEqualTo(204);
    }

    @Test
    @Order(2)
    void shouldFinishOnNodeBEveryJobOfNodeAKilledWhileHoldingThem() throws InterruptedException {
        ProcessEngine engineB = nodeB.getBean(ProcessEngine.class);
        HistoryService history = engineB.getHistoryService();
        String lockOwnerB = ((ProcessEngineImpl) engineB).getProcessEngineConfiguration().getJobExecutor()
                .getLockOwner();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
        for (int i = 0; i < VISITORS; i++) {
            visitors.submit(() -> register(next, accepted, stop));
        }

        // Node A is killed once URL timers fall due while visitors still register, and it holds some jobs.
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .until(() -> expired(history) >= 20 && !heldBy(engineB.getManagementService(), lockOwnerB).isEmpty());
        nodeA.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long killed = System.nanoTime();
        stop.set(true);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Collection<Job> held = heldBy(engineB.getManagementService(), lockOwnerB);
        assertThat(held).as("jobs node A held when it was killed").isNotEmpty();
        long byABefore = jobsDoneBy(history, "node-a");
        long byBBefore = jobsDoneBy(history, "node-b");

        // Every registration node A committed, whether or not its visitor heard back, with its one-time URL.
        Map<String, String> registrations = registrations();
        assertThat(registrations.keySet()).as("accepted registrations are stored").containsAll(accepted);
        Collection<String> instances = registrations.values();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> ended(history, instances) == instances.size() && mailsTo().size() == instances.size());
        long finished = System.nanoTime();

        assertExpiredOnce(history, instances);
        Map<String, Long> mails = mailsTo();
        long mailedTwice = mails.values().stream().filter(count -> count > 1).count();
        assertThat(mails).hasSize(registrations.size()).allSatisfy((to, count) -> assertThat(count).as(to)
                .isBetween(1L, 2L));
        // Only a mail node A sent but could not commit before it died is sent again, by node B.
        assertThat(mailedTwice).isLessThanOrEqualTo(held.stream().filter(job -> "message".equals(type(job))).count());
        assertThat(history.createHistoricIncidentQuery().count()).as("incidents").isZero();
        long byA = jobsDoneBy(history, "node-a");
        long byB = jobsDoneBy(history, "node-b");
        assertThat(byA).as("node A does nothing once dead").isEqualTo(byABefore);
        assertThat(byB).isGreaterThan(byBBefore);
        System.out.printf("Killed node: %d registrations (%d answered) in %d ms, node A killed holding %d jobs"
                + " (%d mails, %d timers); node B finished everything %d ms after the kill; jobs done by node A %d,"
                + " by node B %d (%d after the kill); failed attempts %d; %d addresses mailed twice%n",
                registrations.size(), accepted.size(), Duration.ofNanos(killed - start).toMillis(), held.size(),
                held.stream().filter(job -> "message".equals(type(job))).count(),
                held.stream().filter(job -> "timer".equals(type(job))).count(),
                Duration.ofNanos(finished - killed).toMillis(), byA, byB, byB - byBBefore,
                history.createHistoricJobLogQuery().failureLog().count(), mailedTwice);
    }

    /** A visitor asking for one-time URLs on node A, over HTTP, until told to stop or node A is gone. */
    private static void register(AtomicInteger next, Set<String> accepted, AtomicBoolean stop) {
        WebClient visitor = new WebClient(NODE_A);
        try {
            visitor.page("/register");
            int i;
            while (!stop.get() && (i = next.getAndIncrement()) < MAX_REGISTRATIONS) {
                String email = "%s-%04d@killed-node.example".formatted(PREFIX, i);
                ResponseEntity<String> sent = visitor.post("/register", Map.of("email", email, "emailConfirm", email));
                if (sent.getStatusCode().is3xxRedirection()
                        && sent.getHeaders().getLocation().getPath().equals("/register/sent")) {
                    accepted.add(email);
                }
            }
        } catch (RuntimeException nodeGone) {
            // The connection to node A broke: it was killed.
        }
    }

    private static long expired(HistoryService history) {
        return history.createHistoricActivityInstanceQuery().activityId(URL_EXPIRED_END).finished().count();
    }

    /** The jobs locked by another node than B, which B may not run until their lock runs out. */
    private static Collection<Job> heldBy(ManagementService management, String lockOwnerB) {
        Date now = ClockUtil.getCurrentTime();
        return management.createJobQuery().list().stream().filter(job -> {
            JobEntity entity = (JobEntity) job;
            return entity.getLockOwner() != null && !entity.getLockOwner().equals(lockOwnerB)
                    && entity.getLockExpirationTime() != null && entity.getLockExpirationTime().after(now);
        }).toList();
    }

    private static String type(Job job) {
        return ((JobEntity) job).getType();
    }

    /** The names of what the shared session of that cookie holds, as stored by Spring Session JDBC. */
    private List<String> sessionAttributes(String cookie) {
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        return nodeB.getBean(JdbcTemplate.class).queryForList("select a.attribute_name from spring_session_attributes a"
                + " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?",
                String.class, sessionId);
    }

    /** Process instance of each stored registration of this test, by mail address. */
    private Map<String, String> registrations() {
        Map<String, String> byEmail = new HashMap<>();
        nodeB.getBean(JdbcTemplate.class).query(
                "select email, process_instance_id from registration where email like ?",
                row -> {
                    byEmail.put(row.getString(1), row.getString(2));
                }, PREFIX + "-%");
        return byEmail;
    }

    private static long ended(HistoryService history, Collection<String> instances) {
        Set<String> wanted = Set.copyOf(instances);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY).finished()
                .list().stream().filter(instance -> wanted.contains(instance.getId())).count();
    }

    /** Each instance passed its timer and ended at the expiry once. */
    private static void assertExpiredOnce(HistoryService history, Collection<String> instances) {
        Set<String> wanted = Set.copyOf(instances);
        for (String activity : List.of(URL_EXPIRED_TIMER, URL_EXPIRED_END)) {
            Map<String, Long> passes = history.createHistoricActivityInstanceQuery().activityId(activity).list().stream()
                    .map(HistoricActivityInstance::getProcessInstanceId).filter(wanted::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(passes).as(activity).hasSize(instances.size())
                    .allSatisfy((instance, count) -> assertThat(count).as(instance).isEqualTo(1));
        }
    }

    private Map<String, Long> mailsTo() {
        return Arrays.stream(mail.getReceivedMessages()).flatMap(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to == null ? Stream.<Address>empty() : Arrays.stream(to);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(Address::toString).filter(to -> to.startsWith(PREFIX + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static long jobsDoneBy(HistoryService history, String node) {
        return history.createHistoricJobLogQuery().successLog().hostname(node)
                .processDefinitionKey(RegistrationProcess.KEY).count();
    }
}
