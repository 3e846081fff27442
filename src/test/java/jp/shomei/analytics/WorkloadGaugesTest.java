package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.shomei.monitoring.MonitoringProperties;
import org.junit.jupiter.api.Test;

/** The open-task gauges read one query's answer until the refresh period has passed, and 0 for a group gone. */
class WorkloadGaugesTest {

    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CountedFigures figures = new CountedFigures(clock);
    private final WorkloadGauges gauges = new WorkloadGauges(figures, registry, clock,
            new MonitoringProperties("", Duration.ofSeconds(30)));

    @Test
    void shouldQueryOncePerRefreshPeriodWhateverTheScrapes() {
        figures.rows = List.of(new Workload("registration-review", "toto", 3, 1, 2, Duration.ofHours(5), 1),
                new Workload("post", null, 1, 0, 1, Duration.ofMinutes(90), 0));
        gauges.refreshIfStale();
        assertThat(figures.calls).isEqualTo(1);
        assertThat(value("shomei.user.tasks.open", "registration-review", "toto", "claimed")).isEqualTo(1);
        assertThat(value("shomei.user.tasks.open", "registration-review", "toto", "unclaimed")).isEqualTo(2);
        assertThat(value("shomei.user.tasks.past.reminder", "registration-review", "toto", null)).isEqualTo(1);
        assertThat(value("shomei.user.tasks.oldest.age", "registration-review", "toto", null)).isEqualTo(5 * 3600);
        assertThat(value("shomei.user.tasks.oldest.age", "post", "none", null)).isEqualTo(90 * 60);

        figures.rows = List.of(new Workload("registration-review", "toto", 1, 1, 0, Duration.ofHours(6), 0));
        for (int scrape = 0; scrape < 5; scrape++) {
            clock.move(Duration.ofSeconds(5));
            gauges.refreshIfStale();
            registry.getMeters().forEach(meter -> meter.measure().forEach(measurement -> measurement.getValue()));
        }
        assertThat(figures.calls).as("25 s, five scrapes, every gauge read: one query").isEqualTo(1);
        assertThat(value("shomei.user.tasks.open", "registration-review", "toto", "unclaimed")).isEqualTo(2);

        clock.move(Duration.ofSeconds(5));
        gauges.refreshIfStale();
        assertThat(figures.calls).isEqualTo(2);
        assertThat(value("shomei.user.tasks.open", "registration-review", "toto", "unclaimed")).isZero();
        assertThat(value("shomei.user.tasks.oldest.age", "registration-review", "toto", null)).isEqualTo(6 * 3600);
        assertThat(value("shomei.user.tasks.oldest.age", "post", "none", null)).as("no open task left").isZero();
        assertThat(value("shomei.user.tasks.open", "post", "none", "unclaimed")).isZero();
        assertThat(registry.getMeters()).hasSize(8);

        clock.move(Duration.ofHours(-1));
        gauges.refreshIfStale();
        assertThat(figures.calls).as("a clock moved back reads anew").isEqualTo(3);
    }

    private double value(String name, String process, String university, String outcome) {
        var search = registry.find(name).tag("process", process).tag("university", university);
        if (outcome != null) {
            search = search.tag("outcome", outcome);
        }
        Gauge gauge = search.gauge();
        assertThat(gauge).as(name + " " + process + " " + university + " " + outcome).isNotNull();
        return gauge.value();
    }

    private static final class CountedFigures extends AnalyticsFigures {

        private List<Workload> rows = List.of();
        private int calls;

        CountedFigures(Clock clock) {
            super(null, List.of(), clock);
        }

        @Override
        public List<Workload> workload() {
            calls++;
            return rows;
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2031-05-12T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
