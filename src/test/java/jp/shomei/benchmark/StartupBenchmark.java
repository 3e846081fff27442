package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start to ready of Shomei against a bare engine (the Camunda engine, REST and webapp starters on a JDBC data source,
 * nothing of Shomei: {@link jp.shomei.benchmark.bare.BareEngineApplication}), each in a fresh JVM on the test class
 * path, alternating, on a fresh database each time: an empty H2 file, or a new database on the embedded PostgreSQL
 * with {@code -Dshomei.test.database=postgres}. Shomei starts as the README's default run does (profile demo: demo
 * data, embedded mail server and directory), on free ports.
 *
 * <p>"Ready" is the JVM's own uptime when {@code SpringApplication.run} returns, that is after the
 * ApplicationReadyEvent and all its listeners (Shomei's demo data among them), printed by {@link ReadyProbe} the same
 * way for both. Also shown: Spring's "Started ... in" (the context up, before the ready listeners) and the time from
 * this JVM's spawn of the process to its ready line. Short mode: one start each; full mode: 5 each, then one start
 * each whose start-up steps are printed (Spring's {@code BufferingApplicationStartup}).
 * {@code ./mvnw -B test -Dtest=StartupBenchmark -Dshomei.benchmark=full}
 */
class StartupBenchmark {

    private static final double TARGET = 1.3;
    private static final int STEPS = 20;
    private static final Pattern STARTED = Pattern.compile(
            "Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    @TempDir
    Path temp;

    private int databases;

    private record Start(String kind, long ready, long started, long spawned, List<String> steps) {
    }

    @Test
    void shouldMeasureShomeiStartingAgainstABareEngine() throws Exception {
        int rounds = Benchmarks.pick(1, 5);
        List<Start> bare = new ArrayList<>();
        List<Start> shomei = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternate which starts first, so that a drift in the machine's load weighs on both alike.
            if (round % 2 == 0) {
                bare.add(start("bare", 0));
                shomei.add(start("shomei", 0));
            } else {
                shomei.add(start("shomei", 0));
                bare.add(start("bare", 0));
            }
        }
        List<Start> profiled = Benchmarks.full() ? List.of(start("bare", STEPS), start("shomei", STEPS)) : List.of();

        Benchmarks.Table table = new Benchmarks.Table("StartupBenchmark", "Start to ready, Shomei against a bare engine, "
                + (TestDatabase.postgres() ? "embedded PostgreSQL" : "H2 file") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + rounds + " start(s) each",
                "", "ready median s", "ready max s", "started median s", "spawn to ready median s");
        row(table, "bare engine", bare);
        row(table, "Shomei", shomei);
        double ratio = median(shomei, Start::ready) / median(bare, Start::ready);
        table.note("Shomei ÷ bare, ready median: %s (target ≤ %.1f); ready max: %s", Benchmarks.Table.ratio(ratio),
                TARGET, Benchmarks.Table.ratio(max(shomei, Start::ready) / max(bare, Start::ready)));
        table.note("ready: the JVM's uptime when SpringApplication.run returned (ApplicationReadyEvent and its "
                + "listeners done); started: Spring's \"Started ... in\" (context refreshed, before the ready "
                + "listeners); spawn to ready: from starting the process to its ready line.");
        for (int i = 0; i < rounds; i++) {
            table.note("round %d: bare %.2f s, Shomei %.2f s", i + 1, bare.get(i).ready() / 1e3,
                    shomei.get(i).ready() / 1e3);
        }
        for (Start start : profiled) {
            table.note("A start of %s with its start-up steps recorded: ready %.2f s; steps by their own time "
                    + "(less their sub-steps'), ms:", start.kind(), start.ready() / 1e3);
            start.steps().forEach(s -> table.note("  %s", s));
        }
        Path file = table.publish();

        assertThat(bare).hasSize(rounds).allSatisfy(s -> assertThat(s.ready()).isPositive());
        assertThat(shomei).hasSize(rounds).allSatisfy(s -> assertThat(s.ready()).isPositive());
        assertThat(file).exists();
    }

    private static void row(Benchmarks.Table table, String kind, List<Start> starts) {
        table.row(kind, median(starts, Start::ready) / 1e3, max(starts, Start::ready) / 1e3,
                median(starts, Start::started) / 1e3, median(starts, Start::spawned) / 1e3);
    }

    private static double median(List<Start> starts, java.util.function.ToLongFunction<Start> figure) {
        return Benchmarks.percentile(starts.stream().mapToLong(figure).toArray(), 50);
    }

    private static double max(List<Start> starts, java.util.function.ToLongFunction<Start> figure) {
        return Benchmarks.percentile(starts.stream().mapToLong(figure).toArray(), 100);
    }

    /** One start of Shomei or the bare engine in a new JVM, on a new database; its log goes to target/benchmarks. */
    private Start start(String kind, int steps) throws Exception {
        databases++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReadyProbe.class.getName(), kind,
                String.valueOf(steps)));
        command.addAll(database(kind));
        int port = freePort();
        command.add("--server.port=" + port);
        command.add("--spring.main.banner-mode=off");
        if (kind.equals("shomei")) {
            int smtp = freePort();
            command.addAll(List.of(
                    "--spring.profiles.active=" + (TestDatabase.postgres() ? "demo,postgres" : "demo"),
                    "--shomei.base-url=http://localhost:" + port,
                    "--shomei.mail.embedded.smtp-port=" + smtp,
                    "--shomei.mail.embedded.imap-port=" + freePort(),
                    "--spring.mail.port=" + smtp,
                    "--shomei.directory.embedded.port=" + freePort()));
        }
        Path log = Benchmarks.OUTPUT.resolve("startup").resolve(Benchmarks.outputName("StartupBenchmark") + "-" + databases + "-" + kind + ".log");
        Files.createDirectories(log.getParent());
        long spawn = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long ready = -1;
        long started = -1;
        long spawned = -1;
        List<String> stepLines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.println(line);
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    started = Math.round(Double.parseDouble(matcher.group(2)) * 1000);
                } else if (line.startsWith(ReadyProbe.READY)) {
                    spawned = (System.nanoTime() - spawn) / 1_000_000;
                    ready = Long.parseLong(line.substring(ReadyProbe.READY.length()).trim());
                } else if (line.startsWith(ReadyProbe.STEP)) {
                    stepLines.add(line.substring(ReadyProbe.STEP.length()));
                }
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(ready).as(kind + " reported ready; see " + log).isPositive();
        return new Start(kind, ready, started, spawned, stepLines);
    }

    /** A database of its own for each start: an empty H2 file, or a new database on the embedded PostgreSQL. */
    private List<String> database(String kind) {
        if (TestDatabase.postgres()) {
            String url = TestDatabase.newPostgresDatabase("startup_" + kind + "_" + databases + "_" + ProcessHandle
                    .current().pid());
            return List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password=");
        }
        return List.of("--spring.datasource.url=jdbc:h2:file:" + temp.resolve(kind + "-" + databases).resolve("db")
                + ";AUTO_SERVER=FALSE", "--spring.datasource.username=sa", "--spring.datasource.password=");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
