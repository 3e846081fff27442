package jp.shomei.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jp.shomei.monitoring.MonitoringProperties;
import org.springframework.stereotype.Component;

/**
 * The open user tasks as gauges, per process and university: all of them read one snapshot of
 * {@link AnalyticsFigures#workload()}, taken anew at most once per refresh period (by the engine clock) when a scrape
 * asks, so that scrapes never query per meter. A process and university whose tasks are all done reads 0.
 */
@Component
public class WorkloadGauges {

    private final AnalyticsFigures figures;
    private final MeterRegistry registry;
    private final Clock clock;
    private final MonitoringProperties properties;
    private final Set<Group> registered = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of());

    WorkloadGauges(AnalyticsFigures figures, MeterRegistry registry, Clock clock, MonitoringProperties properties) {
        this.figures = figures;
        this.registry = registry;
        this.clock = clock;
        this.properties = properties;
    }

    private record Group(String processKey, String university) {
    }

    private record Snapshot(Instant takenAt, Map<Group, Workload> rows) {
    }

    /** Reads the open tasks again when the snapshot is older than the refresh period, or the clock went back. */
    public synchronized void refreshIfStale() {
        Instant now = clock.instant();
        Instant takenAt = snapshot.takenAt();
        if (!now.isBefore(takenAt) && now.isBefore(takenAt.plus(properties.workloadRefresh()))) {
            return;
        }
        Map<Group, Workload> rows = figures.workload().stream()
                .collect(Collectors.toMap(w -> new Group(w.processKey(), w.university()), w -> w));
        snapshot = new Snapshot(now, rows);
        rows.keySet().forEach(this::register);
    }

    private void register(Group group) {
        if (!registered.add(group)) {
            return;
        }
        Tags tags = ProcessMeters.tags(group.processKey(), group.university());
        gauge("shomei.user.tasks.open", "Open user tasks, claimed or not", group, Workload::claimed,
                tags.and(ProcessMeters.OUTCOME, "claimed"), null);
        gauge("shomei.user.tasks.open", "Open user tasks, claimed or not", group, Workload::unclaimed,
                tags.and(ProcessMeters.OUTCOME, "unclaimed"), null);
        gauge("shomei.user.tasks.past.reminder", "Open user tasks whose reminder has fired", group,
                Workload::pastReminder, tags, null);
        gauge("shomei.user.tasks.oldest.age", "Age of the oldest open user task", group,
                w -> w.oldestAge().toMillis() / 1000.0, tags, "seconds");
    }

    private void gauge(String name, String description, Group group, ToDoubleFunction<Workload> value, Tags tags,
            String unit) {
        Gauge.builder(name, () -> {
            Workload row = snapshot.rows().get(group);
            return row == null ? 0 : value.applyAsDouble(row);
        }).description(description).tags(tags).baseUnit(unit).register(registry);
    }
}
