package jp.shomei.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import jp.shomei.ShomeiApplication;
import jp.shomei.benchmark.bare.BareEngineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts Shomei or the bare engine in a JVM of its own for StartupBenchmark, the same way for both, and prints
 * {@code READY <ms>}: the JVM's uptime when {@link SpringApplication#run} returns, that is once the
 * ApplicationReadyEvent and all its listeners are done. Arguments: {@code shomei} or {@code bare}, the number of
 * start-up steps to print (0 for none), then Spring's arguments.
 */
public final class ReadyProbe {

    static final String READY = "READY ";
    static final String STEP = "STEP ";

    private ReadyProbe() {
    }

    public static void main(String[] args) {
        SpringApplication application = "bare".equals(args[0]) ? BareEngineApplication.application()
                : new SpringApplication(ShomeiApplication.class);
        int steps = Integer.parseInt(args[1]);
        BufferingApplicationStartup startup = steps > 0 ? new BufferingApplicationStartup(100_000) : null;
        if (startup != null) {
            application.setApplicationStartup(startup);
        }
        ConfigurableApplicationContext context = application.run(Arrays.copyOfRange(args, 2, args.length));
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(READY + ready);
        if (startup != null) {
            printSteps(startup.getBufferedTimeline(), steps);
        }
        System.out.flush();
        context.close();
        System.exit(0);
    }

    /**
     * The steps that took longest by their own time (a step's time less its sub-steps'), summed per step name and bean
     * name: bean creation nests, so a bean's whole time would count its dependencies again.
     */
    private static void printSteps(StartupTimeline timeline, int count) {
        Map<Long, Long> children = new HashMap<>();
        timeline.getEvents().forEach(e -> {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        });
        Map<String, Long> own = new HashMap<>();
        timeline.getEvents().forEach(e -> {
            StartupStep step = e.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .filter(t -> t.getKey().equals("beanName") || t.getKey().equals("event"))
                    .map(StartupStep.Tag::getValue).findFirst().orElse("");
            long self = e.getDuration().toNanos() - children.getOrDefault(step.getId(), 0L);
            own.merge(step.getName() + " " + tags, self, Long::sum);
        });
        List<Map.Entry<String, Long>> top = own.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(count).toList();
        top.forEach(e -> System.out.printf("%s%d %s%n", STEP, e.getValue() / 1_000_000, e.getKey()));
    }
}
