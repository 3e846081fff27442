package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jp.shomei.account.AccountService;
import jp.shomei.security.PasswordConfig;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Graduates' logins over HTTP at 1, 4 and 16 concurrent clients against the hashing limit: what the cores allow when
 * every login costs two Argon2id checks (password and second password) and nothing else, from a warmed bare encoder
 * timed alone just before each level. A login is what a browser does: GET the login page (session and CSRF token),
 * POST /login, which answers with the redirect to /home. Each client signs in its own account, every login a good
 * one, so no throttle counts anything; the first failure stops the run. Server CPU is the process's CPU time
 * minus this load driver's threads over the measured window.
 * {@code ./mvnw -B test -Dtest=LoginBenchmark -Dshomei.benchmark=full}
 */
@ShomeiTest
class LoginBenchmark {

    private static final int[] CLIENTS = {1, 4, 16};
    private static final int HASHES_PER_LOGIN = 2;
    private static final String PASSWORD = "Benchmark-Login-2026";
    private static final String SECOND_PASSWORD = "Benchmark-Second-2026";
    private static final String CLIENT_THREAD = "login-client-";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int cores = Runtime.getRuntime().availableProcessors();

    @Test
    void shouldMeasureLoginsAgainstTheHashingLimit() throws Exception {
        List<String> emails = graduates(CLIENTS[CLIENTS.length - 1]);
        Argon2PasswordEncoder bare = PasswordConfig.argon2();
        String bareHash = bare.encode(PASSWORD);
        bareHash(bare, bareHash, Benchmarks.pick(3, 20));
        // Until the compiler has done with the login's code, it takes a share of the cores the levels would count.
        logins(emails, 0, Benchmarks.pick(500L, 20_000L));
        Benchmarks.Table table = new Benchmarks.Table("LoginBenchmark",
                "Graduates' logins against the hashing limit, " + cores + " cores, " + HASHES_PER_LOGIN
                        + " Argon2id checks (m=19 MiB t=2 p=1) per login",
                "clients", "logins", "logins/s", "limit/s", "÷ limit", "bare/s", "÷ bare", "p50 ms", "p95 ms",
                "p95 ÷ hash", "hash ms", "CPU ms/login", "CPU ÷ hash", "req. CPU ms", "GC pause ms");
        Recording recording = Benchmarks.recording("LoginBenchmark");
        try {
            for (int clients : CLIENTS) {
                Hashes hash = bareHash(bare, bareHash, Benchmarks.pick(3, 30));
                Level level = logins(emails.subList(0, clients), Benchmarks.pick(300L, 5_000L),
                        Benchmarks.pick(1_000L, 20_000L));
                double perSecond = level.logins() / (level.window() / 1e9);
                double limit = cores / (double) HASHES_PER_LOGIN / (hash.wall() / 1e9);
                double p95 = Benchmarks.percentile(level.latencies(), 95);
                double cpu = (double) level.serverCpu() / level.logins();
                double bareLogins = hash.allCoresPerSecond() / HASHES_PER_LOGIN;
                table.row(clients, level.logins(), perSecond, limit, Benchmarks.Table.ratio(perSecond / limit),
                        bareLogins, Benchmarks.Table.ratio(perSecond / bareLogins),
                        Benchmarks.millis(Benchmarks.percentile(level.latencies(), 50)), Benchmarks.millis(p95),
                        Benchmarks.Table.ratio(p95 / hash.wall()), Benchmarks.millis(hash.wall()),
                        Benchmarks.millis(cpu), Benchmarks.Table.ratio(cpu / hash.cpu()),
                        Benchmarks.millis((double) level.requestCpu() / level.logins()),
                        (double) level.gcMillis() / level.logins());
            }
        } finally {
            if (recording != null) {
                recording.stop();
                recording.close();
            }
        }
        table.note("limit/s = cores ÷ %d checks per login ÷ hash ms; hash ms: one warmed bare Argon2id check timed "
                + "alone just before the level (its CPU, GC included, divides CPU ms/login).", HASHES_PER_LOGIN);
        table.note("bare/s: logins a second if a login were its %d checks alone, from bare checks on all cores at "
                + "once, one thread each (what the hardware gives; limit/s assumes cores hash as fast together as "
                + "one alone).", HASHES_PER_LOGIN);
        table.note("Targets: ÷ limit ≥ 0.8 at every level; p95 ÷ hash ≤ 3; CPU ÷ hash ≤ 2.2. A login's latency is "
                + "the page GET and the POST; with n clients it cannot fall below n × %d ÷ cores hashes "
                + "(nor one).", HASHES_PER_LOGIN);
        table.note("CPU ms/login: the process minus the load driver; req. CPU ms: of that, the request threads and "
                + "the password checks' (the rest is GC, compiler and background threads); GC pause ms: per login.");
        Path file = table.publish();

        assertThat(table.size()).isEqualTo(CLIENTS.length);
        assertThat(file).exists();
    }

    /** One account per client, with both passwords set, so that no login waits on another's account row. */
    private List<String> graduates(int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "login-bench-" + i + "@example.jp";
            if (!accounts.emailTaken(email)) {
                Long id = TestApplications.totoGraduate(accounts, universities, catalog, email, "試験 太郎",
                        "シケン タロウ", String.format("LB%04d", i)).getId();
                accounts.setPasswords(id, PASSWORD, SECOND_PASSWORD);
            }
            emails.add(email);
        }
        return emails;
    }

    /** A bare hash's time and CPU alone, and how many bare hashes a second all cores give, one thread each. */
    private record Hashes(double wall, double cpu, double allCoresPerSecond) {
    }

    private Hashes bareHash(Argon2PasswordEncoder bare, String hash, int rounds) throws Exception {
        long cpu = processCpu();
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertThat(bare.matches(PASSWORD, hash)).isTrue();
        }
        double wall = (double) (System.nanoTime() - started) / rounds;
        double cpuEach = (double) (processCpu() - cpu) / rounds;
        ExecutorService threads = Executors.newFixedThreadPool(cores);
        try {
            started = System.nanoTime();
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < rounds * cores; i++) {
                checks.add(threads.submit(() -> bare.matches(PASSWORD, hash)));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
            return new Hashes(wall, cpuEach, rounds * cores / ((System.nanoTime() - started) / 1e9));
        } finally {
            threads.shutdown();
        }
    }

    private record Level(int logins, long window, long[] latencies, long serverCpu, long requestCpu, long gcMillis) {
    }

    /**
     * Each client logs in again and again; only logins that end inside the measured window count. On a slow or
     * busy machine the window stretches until every client has ended a login in it (a minute at most).
     */
    private Level logins(List<String> emails, long warmUpMillis, long windowMillis) throws InterruptedException {
        long start = System.nanoTime() + warmUpMillis * 1_000_000;
        long planned = start + windowMillis * 1_000_000;
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicInteger ended = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<List<long[]>> done = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (String email : emails) {
            List<long[]> mine = new ArrayList<>();
            done.add(mine);
            Thread client = new Thread(() -> {
                try {
                    while (failure.get() == null && !stopped.get()) {
                        long began = System.nanoTime();
                        login(email);
                        long finished = System.nanoTime();
                        mine.add(new long[] {finished, finished - began});
                        if (finished >= start) {
                            ended.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, CLIENT_THREAD + emails.size() + "-" + clients.size());
            client.start();
            clients.add(client);
        }
        sleepUntil(start);
        Cpu before = Cpu.now();
        sleepUntil(planned);
        while (ended.get() < emails.size() && failure.get() == null
                && System.nanoTime() < planned + 60_000_000_000L) {
            Thread.sleep(20);
        }
        long end = System.nanoTime();
        Cpu after = Cpu.now();
        stopped.set(true);
        for (Thread client : clients) {
            client.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("A benchmark login failed; stopped so that no throttle counts more",
                    failure.get());
        }
        long[] latencies = done.stream().flatMap(List::stream).filter(l -> l[0] >= start && l[0] <= end)
                .mapToLong(l -> l[1]).toArray();
        assertThat(latencies).as("logins in the window").isNotEmpty();
        return new Level(latencies.length, end - start, latencies,
                (after.process() - before.process()) - (after.driver() - before.driver()),
                after.requests() - before.requests(), after.gcMillis() - before.gcMillis());
    }

    private void login(String email) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session from the login page: " + page.statusCode()));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = Map.of("username", email, "password", PASSWORD, "secondPassword", SECOND_PASSWORD,
                "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || !location.endsWith("/home")) {
            throw new IllegalStateException("login of " + email + " answered " + login.statusCode() + " " + location);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time so far: the process's, the load driver's threads', the server's request threads', and GC pauses. */
    private record Cpu(long process, long driver, long requests, long gcMillis) {

        static Cpu now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long driver = 0;
            long requests = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                long time = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
                if (time < 0) {
                    continue;
                }
                String name = info.getThreadName();
                if (name.startsWith(CLIENT_THREAD) || name.startsWith("HttpClient-")) {
                    driver += time;
                } else if (name.startsWith("http-nio-") || name.startsWith("password-check-")) {
                    requests += time;
                }
            }
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new Cpu(processCpu(), driver, requests, gc);
        }
    }
}
