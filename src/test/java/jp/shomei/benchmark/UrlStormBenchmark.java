package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import javax.sql.DataSource;
import jdk.jfr.Recording;
import jp.shomei.account.AccountProperties;
import jp.shomei.onetime.OneTimeUrlCheck.Outcome;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess.Elements;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationProperties;
import jp.shomei.registration.RegistrationRepository;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pending one-time URLs against the JVM and the job executor: registrations waiting for their form with the URL's
 * timer pending (as after the mail went out), in the real process, with their rows and stored tokens. It prints
 * <ol>
 * <li>the heap after a forced GC with few and with many pending, and which classes grew between the two;</li>
 * <li>how late the URL timers ran when a whole group of them fell due at the same moment (the engine's history says
 * when each ran; the engine clock ticks with the wall clock during the storm, so engine time differences are wall
 * time), and how late as many timers ran on a bare engine: a standalone engine in the same JVM, tuned alike, with
 * a process that is only the URL's wait;</li>
 * <li>how long the one-time URL mail of registrations started during that storm took, from the start to the mail
 * sent.</li>
 * </ol>
 * The setup starts the pending registrations at their wait, skipping the mail (it would be the same mail as the
 * storm's), in batches inside transactions. All of it happens at an engine time in 2001, so that the clock moved to
 * the due date makes no other test's timer due, and every instance, history, token and registration row it made is
 * deleted by id at the end. The short mode runs with the other tests and asserts only that figures came out; the
 * full mode ({@code -Dshomei.benchmark=full}) is the issue's size, with {@code -Dshomei.benchmark.pending=N} for fewer
 * pending in all than its 100,000 (the storm stays 10,000). The figures go to stdout and to
 * {@code target/benchmarks/url-storm.txt} ({@code url-storm-postgres.txt} on PostgreSQL).
 */
@ShomeiTest
class UrlStormBenchmark {

    private record Mode(String name, int few, int many, int storm) {
    }

    private static final Mode SHORT = new Mode("short", 100, 1_000, 200);
    private static final Mode FULL = new Mode("full", 1_000, 100_000, 10_000);

    /** The storm's URLs are mailed at this engine time; the others later, so they fall due after the storm. */
    private static final Instant STORM_MAILED_AT = Instant.parse("2001-04-01T00:00:00Z");
    /** The other URLs are mailed before the storm falls due (so that none of its timers runs early), due after it. */
    private static final Duration OTHERS_MAILED_LATER = Duration.ofMinutes(29);
    /**
     * The bare engine's storm falls due at this engine time: after Shomei's storm (at most {@link #STORM_TIMEOUT}),
     * before the other URLs.
     */
    private static final Instant BARE_DUE = STORM_MAILED_AT.plus(Duration.ofMinutes(50));
    private static final String BARE_KEY = "shomei-benchmark-bare-url-timer";
    private static final String BARE_WAIT = "Bare_Wait";
    private static final String BARE_EXPIRED = "Bare_Expired";
    private static final String BARE_END_EXPIRED = "Bare_EndExpired";
    private static final String BARE_DUE_VARIABLE = "expiresAt";
    private static final int BATCH = 500;
    private static final Duration MAIL_INTERVAL = Duration.ofMillis(100);
    private static final int MIN_MAILS = 10;
    private static final Duration STORM_TIMEOUT = Duration.ofMinutes(15);
    private static final Path OUT = Benchmarks.OUTPUT.resolve(Benchmarks.outputName("url-storm") + ".txt");
    /** How many of the storm's URLs are opened right before and right at their due moment. */
    private static final int URLS_OPENED_AT_DUE = 20;
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private HistoryService historyService;
    @Autowired
    private RegistrationService registrationService;
    @Autowired
    private RegistrationRepository registrations;
    @Autowired
    private OneTimeUrls urls;
    @Autowired
    private RegistrationProperties registrationProperties;
    @Autowired
    private AccountProperties accountProperties;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ProcessEngineConfigurationImpl engineConfiguration;

    private final List<Long> registrationIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> instanceIds = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger addresses = new AtomicInteger();
    private final AtomicInteger storms = new AtomicInteger();
    private final List<String> stormTokens = Collections.synchronizedList(new ArrayList<>());

    @Test
    void pendingUrlsAndTheirExpiryStorm() throws Exception {
        Mode mode = "full".equals(System.getProperty("shomei.benchmark"))
                ? new Mode(FULL.name(), FULL.few(), Integer.getInteger("shomei.benchmark.pending", FULL.many()),
                        FULL.storm())
                : SHORT;
        List<String> table = new ArrayList<>();
        table.add("URL storm benchmark, " + mode.name() + " mode, " + Benchmarks.database() + ": " + settings());
        try {
            ClockUtil.setCurrentTime(Date.from(STORM_MAILED_AT));
            long setupStart = System.nanoTime();
            startPending(mode.few());
            Heap few = heap("few");
            startPending(mode.storm() - mode.few());
            ClockUtil.setCurrentTime(Date.from(STORM_MAILED_AT.plus(OTHERS_MAILED_LATER)));
            startPending(mode.many() - mode.storm());
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            Heap many = heap("many");
            table.add(String.format("setup: %,d pending registrations started in %.0f s", mode.many(), setupSeconds));
            table.addAll(heapFigures(few, many));

            Instant due = STORM_MAILED_AT.plus(registrationProperties.urlValidity());
            ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
            int validBeforeDue = opened(Outcome.VALID);
            ClockUtil.setCurrentTime(Date.from(due));
            int refusedAtDue = opened(Outcome.EXPIRED);
            Storm storm;
            Storm bare;
            Recording recording = Benchmarks.recording("url-storm");
            try {
                storm = storm(mode.storm(), due, historyService, Elements.URL_EXPIRED, Elements.END_EXPIRED);
                bare = bareStorm(mode.storm());
            } finally {
                if (recording != null) {
                    recording.stop();
                }
            }
            table.addAll(storm.figures("Shomei", mode.storm()));
            table.add(String.format("  %d of their URLs opened 1 s before due: %d valid; opened at due, before any"
                    + " timer ran: %d refused as expired", URLS_OPENED_AT_DUE, validBeforeDue, refusedAtDue));
            table.addAll(bare.figures("bare engine", mode.storm()));
            table.add(String.format("Shomei / bare engine: timers per s %.2f, lateness p99 %.2f",
                    storm.perSecond() / bare.perSecond(),
                    Storm.quantile(storm.lateness(), 0.99) / (double) Storm.quantile(bare.lateness(), 0.99)));
            table.forEach(System.out::println);
            Files.createDirectories(OUT.getParent());
            Files.write(OUT, table);
            assertThat(storm.lateness()).hasSize(mode.storm());
            assertThat(bare.lateness()).hasSize(mode.storm());
            assertThat(validBeforeDue).isEqualTo(stormTokens.size());
            assertThat(refusedAtDue).isEqualTo(stormTokens.size());
            assertThat(storm.mailLatency()).hasSizeGreaterThanOrEqualTo(MIN_MAILS);
            assertThat(bare.mailLatency()).hasSizeGreaterThanOrEqualTo(MIN_MAILS);
        } finally {
            ClockUtil.setCurrentTime(ClockUtil.now());
            long cleanUpStart = System.nanoTime();
            cleanUp();
            System.out.printf("clean-up: %,d instances with their history and rows deleted in %.0f s%n",
                    instanceIds.size(), (System.nanoTime() - cleanUpStart) / 1e9);
            ClockUtil.reset();
        }
    }

    private String settings() {
        JobExecutor executor = engineConfiguration.getJobExecutor();
        String pool = executor instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads
                        ? String.format("pool %d-%d, queue %d", threads.getCorePoolSize(), threads.getMaxPoolSize(),
                                threads.getQueueCapacity())
                        : executor.getClass().getSimpleName();
        return String.format("%s, %d jobs per acquisition, wait %d ms (max %d ms), acquire by priority %s, by due"
                + " date %s", pool, executor.getMaxJobsPerAcquisition(), executor.getWaitTimeInMillis(),
                executor.getMaxWait(), engineConfiguration.isJobExecutorAcquireByPriority(),
                engineConfiguration.isJobExecutorAcquireByDueDate());
    }

    /**
     * Starts registrations as they are once the URL mail went out: row, stored token, process at the wait; in batches
     * of one transaction each, on as many threads as there are cores.
     */
    private void startPending(int count) throws Exception {
        inBatches(count, size -> transactions.executeWithoutResult(status -> startBatch(size)));
    }

    /** Gives the count out in batches of {@link #BATCH} or fewer, run on as many threads as there are cores. */
    private static void inBatches(int count, IntConsumer batch) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int done = 0; done < count; done += BATCH) {
                int size = Math.min(BATCH, count - done);
                batches.add(threads.submit(() -> batch.accept(size)));
            }
            for (Future<?> started : batches) {
                started.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private void startBatch(int size) {
        List<Object[]> started = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Registration registration = registrations.save(new Registration(
                    "storm-" + addresses.incrementAndGet() + "@bench.example", Locale.JAPANESE,
                    ClockUtil.now().toInstant()));
            registrationIds.add(registration.getId());
            String token = urls.issue(RegistrationProcess.URL_PURPOSE, registration.getId(),
                    registrationProperties.urlValidity());
            synchronized (stormTokens) {
                if (stormTokens.size() < URLS_OPENED_AT_DUE) {
                    stormTokens.add(token);
                }
            }
            String instanceId = runtimeService.createProcessInstanceByKey(RegistrationProcess.KEY)
                    .businessKey(registration.getId().toString())
                    .setVariables(RegistrationProcess.startVariables(registration.getId(),
                            registrationProperties.urlValidity(), accountProperties.initialPasswordValidity()))
                    .startBeforeActivity(Elements.WAIT_FOR_APPLICATION)
                    .execute().getId();
            instanceIds.add(instanceId);
            started.add(new Object[] {instanceId, registration.getId()});
        }
        jdbc.batchUpdate("update registration set process_instance_id = ? where id = ?", started);
    }

    private record Heap(int pending, long used) {
    }

    /**
     * The heap after a forced full GC, and the class histogram (instances, bytes) that the JVM takes after one. The
     * histogram goes to a file, so that the first one's figures are not in the heap when the second is taken.
     */
    private Heap heap(String name) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Path file = OUT.resolveSibling("url-storm-histogram-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, histogram);
        return new Heap(instanceIds.size(), used);
    }

    private static Map<String, long[]> classes(String name) throws IOException {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : Files.readAllLines(OUT.resolveSibling("url-storm-histogram-" + name + ".txt"))) {
            Matcher row = HISTOGRAM_LINE.matcher(line);
            if (row.find()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return classes;
    }

    /**
     * The test profile keeps H2 in memory, so the heap holds the database too; the classes that grew tell the
     * database's rows (H2's own classes and arrays of them, and the strings, numbers and byte arrays of its values)
     * from anything the application or the engine would keep per pending URL.
     */
    private static List<String> heapFigures(Heap few, Heap many) throws IOException {
        Map<String, long[]> before = classes("few");
        Map<String, long[]> after = classes("many");
        List<String> lines = new ArrayList<>();
        int added = many.pending() - few.pending();
        lines.add(String.format("heap after GC: %,d pending %.1f MB, %,d pending %.1f MB, ratio %.2f, %.0f bytes"
                + " per added pending URL", few.pending(), few.used() / 1e6, many.pending(), many.used() / 1e6,
                (double) many.used() / few.used(), (double) (many.used() - few.used()) / added));
        long h2Before = bytes(before, true);
        long h2After = bytes(after, true);
        long otherBefore = bytes(before, false);
        long otherAfter = bytes(after, false);
        lines.add(String.format("  H2's classes and arrays of them: %.1f MB -> %.1f MB; all other classes: %.1f MB ->"
                + " %.1f MB, ratio %.2f", h2Before / 1e6, h2After / 1e6, otherBefore / 1e6, otherAfter / 1e6,
                (double) otherAfter / otherBefore));
        lines.add("  other classes grown by at least one instance per 20 added pending URLs:");
        after.forEach((name, counts) -> counts[0] -= before.getOrDefault(name, new long[2])[0]);
        after.forEach((name, counts) -> counts[1] -= before.getOrDefault(name, new long[2])[1]);
        after.entrySet().stream()
                .filter(e -> !isH2(e.getKey()) && e.getValue()[0] * 20 >= added)
                .sorted(Comparator.comparingLong(e -> -e.getValue()[1]))
                .forEach(e -> lines.add(String.format("    %-40s %+7.2f instances, %+6.0f bytes per URL", e.getKey(),
                        (double) e.getValue()[0] / added, (double) e.getValue()[1] / added)));
        return lines;
    }

    private static boolean isH2(String className) {
        return className.replaceFirst("^\\[+L", "").startsWith("org.h2.");
    }

    private static long bytes(Map<String, long[]> classes, boolean h2) {
        return classes.entrySet().stream().filter(e -> isH2(e.getKey()) == h2).mapToLong(e -> e.getValue()[1]).sum();
    }

    private record Storm(List<Long> lateness, List<Long> mailLatency, double seconds) {

        double perSecond() {
            return lateness.size() / seconds;
        }

        List<String> figures(String side, int count) {
            return List.of(
                    String.format("expiry storm, %s: %,d URL timers due at once, worked off in %.1f s (%.0f per s)",
                            side, count, seconds, perSecond()),
                    "  timer lateness (ran - due):  " + percentiles(lateness),
                    String.format("  one-time URL mails of %d Shomei registrations started during the storm,",
                            mailLatency.size()),
                    "  start to mail sent:          " + percentiles(mailLatency));
        }

        private static String percentiles(List<Long> millis) {
            return String.format("p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s", quantile(millis, 0.50) / 1e3,
                    quantile(millis, 0.95) / 1e3, quantile(millis, 0.99) / 1e3, quantile(millis, 1.0) / 1e3);
        }

        static long quantile(List<Long> millis, double quantile) {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(quantile * sorted.size());
            return sorted.get(Math.max(rank, 1) - 1);
        }
    }

    /**
     * Lets the engine clock reach the storm's due date and tick on from there, while registrations start every
     * {@link #MAIL_INTERVAL} until the storm's last instance ended (in the history given); then waits for their mails.
     */
    private Storm storm(int count, Instant due, HistoryService timers, String timerId, String endId)
            throws Exception {
        // Other tests' instances in this application run at today's engine time, years after the storm's.
        Date from = Date.from(due.minusSeconds(1));
        Date to = Date.from(due.plus(Duration.ofDays(1)));
        List<String> mailInstances = new CopyOnWriteArrayList<>();
        AtomicBoolean stormOver = new AtomicBoolean();
        int storm = storms.incrementAndGet();
        Thread applicants = new Thread(() -> {
            for (int i = 0; !stormOver.get() || mailInstances.size() < MIN_MAILS; i++) {
                Registration registration = registrationService.start("storm-mail-" + storm + "-" + i
                        + "@bench.example", Locale.JAPANESE);
                registrationIds.add(registration.getId());
                instanceIds.add(registration.getProcessInstanceId());
                mailInstances.add(registration.getProcessInstanceId());
                sleep(MAIL_INTERVAL);
            }
        }, "storm-applicants");
        ClockUtil.offset(due.toEpochMilli() - System.currentTimeMillis());
        long start = System.nanoTime();
        applicants.start();
        try {
            await(() -> timers.createHistoricActivityInstanceQuery().activityId(endId).startedAfter(from)
                    .startedBefore(to).count() >= count);
        } finally {
            stormOver.set(true);
            applicants.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        await(() -> historyService.createHistoricActivityInstanceQuery().activityId(Elements.SEND_ONE_TIME_URL)
                .startedAfter(from).startedBefore(to).finished().count() >= mailInstances.size());

        List<Long> lateness = timers.createHistoricActivityInstanceQuery().activityId(timerId)
                .startedAfter(from).startedBefore(to).list().stream()
                .map(timer -> timer.getStartTime().getTime() - due.toEpochMilli())
                .toList();
        Map<String, Date> mailed = new HashMap<>();
        historyService.createHistoricActivityInstanceQuery().activityId(Elements.SEND_ONE_TIME_URL)
                .startedAfter(from).startedBefore(to).finished().list()
                .forEach(mail -> mailed.put(mail.getProcessInstanceId(), mail.getEndTime()));
        List<Long> mailLatency = new ArrayList<>();
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(mailInstances)).list()) {
            mailLatency.add(mailed.get(instance.getId()).getTime() - instance.getStartTime().getTime());
        }
        return new Storm(lateness, mailLatency, seconds);
    }

    /**
     * The same storm on a bare engine: a standalone Camunda engine in this JVM, with none of Shomei's plugins or
     * history handlers, the engine's own full history, and a job executor sized and tuned as Shomei's, on a database
     * of its own (H2 in memory, or a new database on the embedded PostgreSQL). As many instances of a process that is
     * only the URL's wait (a receive task with a timer, ending when it fires; its due date is given, so that it falls
     * due at {@link #BARE_DUE}) fall due at once, with no other pending instances, while Shomei's registrations mail as
     * in its own storm. What Shomei's storm costs beyond it is Shomei's own work per timer.
     */
    private Storm bareStorm(int count) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("bare-url-storm");
        if (TestDatabase.postgres()) {
            pool.setJdbcUrl(TestDatabase.newPostgresDatabase("bare_url_storm"));
            pool.setUsername(TestDatabase.postgresUser());
        } else {
            pool.setJdbcUrl("jdbc:h2:mem:bare-url-storm;DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        }
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            ProcessEngine bare = bareEngine(dataSource).buildProcessEngine();
            try {
                bare.getRepositoryService().createDeployment().name(BARE_KEY)
                        .addModelInstance(BARE_KEY + ".bpmn", bareUrlTimer()).deploy();
                startBare(bare.getRuntimeService(), count);
                return storm(count, BARE_DUE, bare.getHistoryService(), BARE_EXPIRED, BARE_END_EXPIRED);
            } finally {
                bare.close();
                if (!TestDatabase.postgres()) {
                    new JdbcTemplate(dataSource).execute("shutdown");
                }
            }
        }
    }

    private ProcessEngineConfigurationImpl bareEngine(DataSource dataSource) {
        JobExecutor shomei = engineConfiguration.getJobExecutor();
        DefaultJobExecutor executor = new DefaultJobExecutor();
        if (shomei instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
            executor.setCorePoolSize(threads.getCorePoolSize());
            executor.setMaxPoolSize(threads.getMaxPoolSize());
            executor.setQueueSize(threads.getQueueCapacity());
        }
        executor.setMaxJobsPerAcquisition(shomei.getMaxJobsPerAcquisition());
        executor.setWaitTimeInMillis(shomei.getWaitTimeInMillis());
        executor.setMaxWait(shomei.getMaxWait());
        ProcessEngineConfigurationImpl bare = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare-url-storm")
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(true);
        bare.setJobExecutor(executor);
        bare.setJobExecutorAcquireByPriority(engineConfiguration.isJobExecutorAcquireByPriority());
        bare.setJobExecutorAcquireByDueDate(engineConfiguration.isJobExecutorAcquireByDueDate());
        bare.setEnsureJobDueDateNotNull(engineConfiguration.isEnsureJobDueDateNotNull());
        return bare;
    }

    private static void startBare(RuntimeService bare, int count) throws Exception {
        inBatches(count, size -> {
            for (int i = 0; i < size; i++) {
                bare.startProcessInstanceByKey(BARE_KEY, Map.of(BARE_DUE_VARIABLE, Date.from(BARE_DUE)));
            }
        });
    }

    private static BpmnModelInstance bareUrlTimer() {
        return Bpmn.createExecutableProcess(BARE_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .receiveTask(BARE_WAIT).message(BARE_KEY + "-submitted")
                .boundaryEvent(BARE_EXPIRED).timerWithDate("${" + BARE_DUE_VARIABLE + "}")
                .endEvent(BARE_END_EXPIRED)
                .moveToActivity(BARE_WAIT).endEvent()
                .done();
    }

    /** How many of the storm's sampled URLs, opened now, turn out as the given outcome. */
    private int opened(Outcome outcome) {
        return (int) stormTokens.stream()
                .filter(token -> urls.check(token, RegistrationProcess.URL_PURPOSE).outcome() == outcome).count();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + STORM_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not done within " + STORM_TIMEOUT);
            }
            Thread.sleep(1000);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends and forgets what this benchmark started, by id: instances, their history and analytics facts, tokens and
     * registrations.
     */
    private void cleanUp() {
        for (List<String> ids : chunks(instanceIds)) {
            runtimeService.deleteProcessInstancesIfExists(ids, "benchmark over", true, true, true);
            historyService.deleteHistoricProcessInstancesIfExists(ids);
            Benchmarks.deleteAnalyticsFacts(jdbc, ids);
        }
        for (List<Long> ids : chunks(registrationIds)) {
            List<Object[]> args = ids.stream().map(id -> new Object[] {id}).toList();
            jdbc.batchUpdate("delete from one_time_token where purpose = '" + RegistrationProcess.URL_PURPOSE
                    + "' and subject_id = ?", args);
            jdbc.batchUpdate("delete from registration where id = ?", args);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            chunks.add(all.subList(i, Math.min(i + 1_000, all.size())));
        }
        return chunks;
    }
}
