package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import jdk.jfr.Recording;
import jp.shomei.account.AccountService;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestDatabase;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The pages graduates fill in, requested at a fixed 50 a second (open loop): the registration form reached by the
 * one-time URL, the add-student-ID form reached by its one-time URL, "Select printing destination" (home), the
 * personal setting form, and the order's certificates and purpose forms. Each page is requested in turn, each time
 * with the session of another of {@value #SESSIONS} graduates (or applicants), signed in and led to the page as a
 * browser would be. Requests leave on a fixed schedule whether or not earlier ones were answered, and latency runs
 * from the scheduled time, so a slow answer counts fully and does not lower the rate (no coordinated omission).
 * Requests ask for gzip, as browsers do.
 * {@code ./mvnw -B test -Dtest=FormPagesBenchmark -Dshomei.benchmark=full}
 */
@ShomeiTest
class FormPagesBenchmark {

    private static final int RATE = 50;
    private static final double TARGET_P95_MS = 25;
    private static final int SESSIONS = 4;
    private static final String PASSWORD = "Benchmark-Forms-2026";
    private static final String SECOND_PASSWORD = "Benchmark-Second-2026";
    private static final String TOKEN_PATH = "/[A-Za-z0-9_-]{43}";
    private static final Pattern COPIES = Pattern.compile("name=\"(copies_\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RegistrationService registrations;

    @Autowired
    GreenMail greenMail;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A page as one session asks for it: what the table calls it, the path, the session cookie. */
    private record Visit(String page, String path, String session) {
    }

    @Test
    void shouldServeTheFormPagesAtFiftyRequestsASecond() throws Exception {
        List<Visit> visits = visits();
        run(visits, Benchmarks.pick(3_000L, 20_000L));
        Recording recording = Benchmarks.recording("FormPagesBenchmark");
        Run run;
        try {
            run = run(visits, Benchmarks.pick(5_000L, 60_000L));
        } finally {
            if (recording != null) {
                recording.stop();
                recording.close();
            }
        }
        Benchmarks.Table table = new Benchmarks.Table("FormPagesBenchmark",
                "Form pages at " + RATE + " requests/s, open loop, " + database() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores",
                "page", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95 ÷ target");
        Map<String, List<Long>> byPage = new LinkedHashMap<>();
        visits.forEach(v -> byPage.put(v.page(), new ArrayList<>()));
        run.answers().forEach(a -> byPage.get(a.page()).add(a.latency()));
        byPage.forEach((page, latencies) -> row(table, page, latencies.stream().mapToLong(Long::longValue).toArray()));
        long[] all = run.answers().stream().mapToLong(Answer::latency).toArray();
        row(table, "all pages", all);
        table.note("offered %d/s; sent %.1f/s (latest send %.1f ms after its schedule); answered %.1f/s; "
                + "%d of %d not answered 200", RATE, run.sentPerSecond(), Benchmarks.millis(run.maxSendLag()),
                run.answeredPerSecond(), run.failures(), all.length);
        table.note("Latency from each request's scheduled send time to the whole answer read. Target: p95 of all "
                + "pages ≤ %.0f ms. Warm-up %d s at the same rate before.", TARGET_P95_MS,
                Benchmarks.pick(3, 20));
        Path file = table.publish();

        assertThat(run.failures()).as("answers other than 200").isZero();
        assertThat(table.size()).isEqualTo(byPage.size() + 1);
        assertThat(file).exists();
    }

    private static void row(Benchmarks.Table table, String page, long[] latencies) {
        double p95 = Benchmarks.millis(Benchmarks.percentile(latencies, 95));
        table.row(page, latencies.length, Benchmarks.millis(Benchmarks.percentile(latencies, 50)), p95,
                Benchmarks.millis(Benchmarks.percentile(latencies, 99)),
                Benchmarks.millis(Benchmarks.percentile(latencies, 100)), Benchmarks.Table.ratio(p95 / TARGET_P95_MS));
    }

    private static String database() {
        return TestDatabase.postgres() ? "embedded PostgreSQL" : "H2 in memory";
    }

    /** Every page of every session, one of each page in turn, then the next session's. */
    private List<Visit> visits() {
        Mailbox mailbox = new Mailbox(greenMail);
        String run = Long.toString(System.nanoTime(), 36);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            visits.add(registrationForm(mailbox, "forms-bench-applicant-" + run + "-" + i + "@example.jp"));
            String graduate = signedInGraduate(mailbox, "forms-bench-" + run + "-" + i + "@example.jp", i);
            visits.add(new Visit("add student ID form", "/account/student-ids/form", graduate));
            visits.add(new Visit("home (printing destination)", "/home", graduate));
            visits.add(new Visit("personal setting", "/account/personal", graduate));
            visits.add(new Visit("order: certificates", "/account/orders/new/certificates", graduate));
            visits.add(new Visit("order: purpose", "/account/orders/new/purpose", graduate));
        }
        return visits;
    }

    /** An applicant who followed the one-time URL of the mail and agreed to the terms: the application form. */
    private Visit registrationForm(Mailbox mailbox, String email) {
        registrations.start(email, Locale.JAPANESE);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), "http://[^/\\s]+(/register" + TOKEN_PATH + ")");
        WebClient browser = new WebClient(base());
        assertThat(browser.page(url)).contains("name=\"agree\"");
        assertThat(browser.follow(browser.post(url + "/agree", Map.of("agree", "true")))).contains("name=\"nameKanji\"");
        return new Visit("registration form", url + "/form", browser.cookie("JSESSIONID"));
    }

    /**
     * The session of a signed-in graduate who asked for the add-student-ID URL and followed it, and started an order
     * for the store with one copy of the first certificate offered: each signed-in page has what it needs in it.
     */
    private String signedInGraduate(Mailbox mailbox, String email, int index) {
        Long id = TestApplications.totoGraduate(accounts, universities, catalog, email, "試験 花子", "シケン ハナコ",
                String.format("FB%s%02d", Long.toString(System.nanoTime() % 10_000, 36), index)).getId();
        accounts.setPasswords(id, PASSWORD, SECOND_PASSWORD);
        WebClient browser = new WebClient(base());
        browser.page("/");
        assertThat(browser.post("/login", Map.of("username", email, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD)).getHeaders().getLocation().getPath()).isEqualTo("/home");

        browser.page("/account/student-ids");
        assertThat(browser.post("/account/student-ids/send", Map.of()).getHeaders().getLocation().getPath())
                .isEqualTo("/account/student-ids/sent");
        String url = Mailbox.find(mailbox.awaitMail(email, 1),
                "http://[^/\\s]+(/account/student-ids/url" + TOKEN_PATH + ")");
        assertThat(browser.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/form");
        assertThat(browser.page("/account/student-ids/form")).contains("name=\"studentNumber\"");

        browser.page("/home");
        Long record = accounts.studentRecords(id).get(0).getId();
        String certificates = browser.follow(browser.post("/account/orders/new",
                Map.of("studentRecordId", String.valueOf(record), "destination", "STORE")));
        String copies = COPIES.matcher(certificates).results().findFirst().orElseThrow().group(1);
        ResponseEntity<String> chosen = browser.post("/account/orders/new/certificates", Map.of(copies, "1"));
        assertThat(browser.follow(chosen)).contains("name=\"intendedUse\"");
        return browser.cookie("JSESSIONID");
    }

    private record Answer(String page, long latency) {
    }

    private record Run(List<Answer> answers, double sentPerSecond, double answeredPerSecond, long maxSendLag,
            long failures) {
    }

    /**
     * Sends the visits in turn, one every 1/{@value #RATE} s from a fixed schedule, for the given time, and waits for
     * every answer.
     */
    private Run run(List<Visit> visits, long millis) throws Exception {
        long period = TimeUnit.SECONDS.toNanos(1) / RATE;
        int count = (int) (millis * RATE / 1000);
        List<CompletableFuture<Answer>> answers = new ArrayList<>(count);
        AtomicInteger failures = new AtomicInteger();
        long maxLag = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long lastSent = start;
        for (int i = 0; i < count; i++) {
            long scheduled = start + i * period;
            sleepUntil(scheduled);
            Visit visit = visits.get(i % visits.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + visit.path()))
                    .header("Cookie", "JSESSIONID=" + visit.session())
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Accept-Encoding", "gzip")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            lastSent = System.nanoTime();
            maxLag = Math.max(maxLag, lastSent - scheduled);
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .handle((response, failure) -> {
                        if (failure != null || response.statusCode() != 200 || response.body().length == 0) {
                            failures.incrementAndGet();
                        }
                        return new Answer(visit.page(), System.nanoTime() - scheduled);
                    }));
        }
        List<Answer> done = new ArrayList<>(count);
        for (CompletableFuture<Answer> answer : answers) {
            done.add(answer.get(60, TimeUnit.SECONDS));
        }
        long end = System.nanoTime();
        return new Run(done, count / ((lastSent - start) / 1e9 + 1.0 / RATE), count / ((end - start) / 1e9), maxLag,
                failures.get());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
