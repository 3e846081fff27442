package jp.shomei.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shomei.ShomeiApplication;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.Browser;
import jp.shomei.support.TestDatabase;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the cluster profile on one PostgreSQL database, both job executors running, as docs/cluster.md
 * describes: one-time URLs mailed and expired exactly once between them, a session signed in on one node valid on
 * the other, and a node stopped midway losing no registration. Each node is a whole application in this JVM, on ports
 * of its own beside the shared test application's; the mail server is the test's, so that it outlives both nodes.
 * PostgreSQL only (the surefire execution postgres, or -Dshomei.test.database=postgres).
 *
 * <p>{@value #DEFAULT_REGISTRATIONS} registrations per step; 2,000 with {@code -Dshomei.benchmark=full}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTest {

    private static final int DEFAULT_REGISTRATIONS = 300;
    private static final int REGISTRATIONS = "full".equals(System.getProperty("shomei.benchmark"))
            ? 2000 : DEFAULT_REGISTRATIONS;
    private static final int SMTP_PORT = 3926;
    private static final String URL_EXPIRED_END = "EndEvent_UrlExpired";
    private static final String URL_EXPIRED_TIMER = "TimerEvent_UrlExpired";
    /** Longer than starting them all takes, so that node A stops while most of their timers are still to come. */
    private static final Duration URL_VALIDITY = Duration.ofSeconds(20);
    private static final Duration ALL_DONE = Duration.ofMinutes(10);

    private GreenMail mail;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        assumeTrue(TestDatabase.postgres(), "two nodes share a PostgreSQL database: -Dshomei.test.database=postgres");
        ClockUtil.reset();
        mail = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = TestDatabase.newPostgresDatabase("two_nodes");
        long start = System.nanoTime();
        nodeA = node("node-a", 18081, database, true);
        nodeB = node("node-b", 18082, database, false);
        System.out.printf("Two nodes started in %d s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    @AfterAll
    void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /**
     * The same configuration on both nodes, as in production; only the port, the engine's host name in the job log,
     * and the demo data (loaded once, by node A) differ. The engine and process application get names of their own,
     * as the JVM-wide engine registry would otherwise refuse the second node's.
     */
    private static ConfigurableApplicationContext node(String name, int port, String database, boolean demoData) {
        return new SpringApplicationBuilder(ShomeiApplication.class)
                .profiles("demo", "test", "postgres", "cluster")
                .run(ClusterNodes.arguments(name, port, database, demoData, SMTP_PORT, URL_VALIDITY,
                        Duration.ofSeconds(10), "--camunda.bpm.generate-unique-process-engine-name=true")
                        .toArray(String[]::new));
    }

    @Test
    @Order(1)
    void shouldMailAndExpireEveryUrlExactlyOnceBetweenTwoNodes() {
        long start = System.nanoTime();
        List<String> instances = startRegistrations(nodeA, "bulk");
        long started = System.nanoTime();
        awaitAllExpired(instances);
        long finished = System.nanoTime();

        assertExpiredOnce(instances);
        Map<String, Long> mails = awaitMails("bulk");
        assertThat(mails).hasSize(REGISTRATIONS).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
        assertNoIncidents();
        HistoryService history = nodeB.getBean(HistoryService.class);
        long byA = jobsDoneBy(history, "node-a");
        long byB = jobsDoneBy(history, "node-b");
        assertThat(byA).isPositive();
        assertThat(byB).isPositive();
        System.out.printf("Two nodes: %d registrations started in %d ms, mailed and expired %d ms later;"
                + " jobs done by node A %d, by node B %d, failed attempts %d%n", REGISTRATIONS,
                Duration.ofNanos(started - start).toMillis(), Duration.ofNanos(finished - started).toMillis(),
                byA, byB, history.createHistoricJobLogQuery().failureLog().count());
    }

    @Test
    @Order(2)
    void shouldKeepAGraduateAndAStaffMemberSignedInOnTheOtherNode() {
        WebClient graduateOnA = new WebClient("http://localhost:18081");
        graduateOnA.page("/");
        assertThat(graduateOnA.post("/login", Map.of("username", "yamada.taro@example.jp",
                "password", "Graduate-Demo-2026", "secondPassword", "Second-Demo-2026"))
                .getHeaders().getLocation().getPath()).isEqualTo("/home");
        WebClient graduateOnB = sameSessionOn(graduateOnA, "http://localhost:18082");
        assertThat(graduateOnB.get("/home").getStatusCode().value()).isEqualTo(200);

        WebClient staffOnB = new WebClient("http://localhost:18082");
        staffOnB.signInAsStaff("toto-staff", "Staff-Demo-2026");
        WebClient staffOnA = sameSessionOn(staffOnB, "http://localhost:18081");
        assertThat(staffOnA.get("/staff").getStatusCode().value()).isEqualTo(200);
    }

    /**
     * A browser keeps its cookies per host name, whatever the port, so these two nodes on one host are one site to it
     * as two nodes behind a load balancer are: signed in on node B, Tasklist opens on node A with no second sign-in.
     */
    @Test
    @Order(3)
    void shouldOpenTasklistOnNodeAInTheBrowserSignedInOnNodeB() throws Exception {
        WebDriver driver = Browser.start("ja", 1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:18082/camunda/app/tasklist/");
            wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
            driver.findElement(By.name("username")).sendKeys("toto-staff");
            driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
            Browser.click(driver, driver.findElement(By.cssSelector("main form button[type='submit']")));
            wait.until(d -> d.getCurrentUrl().startsWith("http://localhost:18082/camunda/app/tasklist/"));
            wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());

            // Each node's engine has a name of its own here (one JVM), so the webapp picks node A's engine itself.
            driver.get("http://localhost:18081/camunda/app/tasklist/");
            wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());
            assertThat(driver.getCurrentUrl()).startsWith("http://localhost:18081/camunda/app/tasklist/");
            assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText())
                    .as("the demo application waiting for Toto's review").isNotBlank();
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(4)
    void shouldFinishOnNodeBWhatNodeAStartedWhenNodeAStopsMidway() {
        List<String> instances = startRegistrations(nodeA, "stop");
        HistoryService history = nodeB.getBean(HistoryService.class);
        await().atMost(ALL_DONE).pollInterval(Duration.ofMillis(500))
                .until(() -> ended(history, instances).size() >= instances.size() / 4);
        int endedBeforeStop = ended(history, instances).size();
        long start = System.nanoTime();
        nodeA.close();
        long stopped = System.nanoTime();
        assertThat(endedBeforeStop).as("registrations ended before node A stopped").isLessThan(REGISTRATIONS);
        long byBBefore = jobsDoneBy(history, "node-b");

        awaitAllExpired(instances);
        long finished = System.nanoTime();
        assertExpiredOnce(instances);
        // A mail sent by node A in a job it could not commit before it stopped is sent again by node B.
        Map<String, Long> mails = awaitMails("stop");
        assertThat(mails).hasSize(REGISTRATIONS);
        assertNoIncidents();
        assertThat(jobsDoneBy(history, "node-b")).isGreaterThan(byBBefore);
        System.out.printf("Node A stopped after %d of %d registrations had expired, in %d ms; node B finished the rest"
                + " in %d ms (%d jobs); %d addresses mailed twice%n", endedBeforeStop, REGISTRATIONS,
                Duration.ofNanos(stopped - start).toMillis(), Duration.ofNanos(finished - stopped).toMillis(),
                jobsDoneBy(history, "node-b") - byBBefore, mails.values().stream().filter(count -> count > 1).count());
    }

    /** Starts the registrations as a visitor's request does, each with a mail address of its own. */
    private static List<String> startRegistrations(ConfigurableApplicationContext node, String prefix) {
        RegistrationService registrations = node.getBean(RegistrationService.class);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            instances.add(registrations.start("%s-%04d@two-nodes.example".formatted(prefix, i), Locale.JAPANESE)
                    .getProcessInstanceId());
        }
        return instances;
    }

    private void awaitAllExpired(List<String> instances) {
        HistoryService history = nodeB.getBean(HistoryService.class);
        await().atMost(ALL_DONE).pollInterval(Duration.ofSeconds(1))
                .until(() -> ended(history, instances).size() == instances.size());
    }

    private static Set<String> ended(HistoryService history, List<String> instances) {
        Set<String> wanted = new HashSet<>(instances);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY).finished()
                .list().stream().map(i -> i.getId()).filter(wanted::contains).collect(Collectors.toSet());
    }

    /** Each instance passed its timer and ended at the expiry once, and none ended any other way. */
    private void assertExpiredOnce(List<String> instances) {
        HistoryService history = nodeB.getBean(HistoryService.class);
        Set<String> wanted = new HashSet<>(instances);
        for (String activity : List.of(URL_EXPIRED_TIMER, URL_EXPIRED_END)) {
            Map<String, Long> passes = history.createHistoricActivityInstanceQuery().activityId(activity).list().stream()
                    .map(HistoricActivityInstance::getProcessInstanceId).filter(wanted::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(passes).as(activity).hasSize(instances.size())
                    .allSatisfy((instance, count) -> assertThat(count).as(instance).isEqualTo(1));
        }
    }

    /** Waits until the mails to every address with that prefix arrived and no more come; mails per address. */
    private Map<String, Long> awaitMails(String prefix) {
        await().atMost(ALL_DONE).until(() -> mailsTo(prefix).size() == REGISTRATIONS);
        Map<String, Long> mails = mailsTo(prefix);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(prefix).equals(mails));
        return mails;
    }

    private Map<String, Long> mailsTo(String prefix) {
        return Arrays.stream(mail.getReceivedMessages()).flatMap(TwoNodeTest::recipients)
                .filter(to -> to.startsWith(prefix + "-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Stream<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? Stream.empty() : Arrays.stream(to).map(Address::toString);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertNoIncidents() {
        HistoryService history = nodeB.getBean(HistoryService.class);
        assertThat(history.createHistoricIncidentQuery().count()).as("incidents").isZero();
    }

    private static long jobsDoneBy(HistoryService history, String node) {
        return history.createHistoricJobLogQuery().successLog().hostname(node)
                .processDefinitionKey(RegistrationProcess.KEY).count();
    }

    /** A client on the other node with the session cookie the first one got, as a load balancer's next request. */
    private static WebClient sameSessionOn(WebClient first, String otherNode) {
        WebClient other = new WebClient(otherNode);
        String session = first.cookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        other.setCookie(otherNode, "SESSION", session);
        return other;
    }
}
