package jp.shomei.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page's charts, each summing the rows shown over their months: a funnel per process, how lead times spread
 * per process, and the open tasks per process and university. Bars are drawn to scale as SVG (no inline style,
 * which the pages' security policy forbids); their figures are written beside them for every reader.
 */
final class AnalyticsCharts {

    private AnalyticsCharts() {
    }

    /**
     * One bar of a chart.
     *
     * @param label a message key suffix (a funnel step, a lead-time bound's index) or a process's step name
     * @param share the bar's length as a share of the chart's longest possible bar, 0 to 1
     */
    record Bar(String label, long count, double share) {

        /** The bar's length in percent, as an SVG length. */
        public String length() {
            return String.format(Locale.ROOT, "%.1f", share * 100);
        }
    }

    /** A process's funnel: its steps' counts as shares of the instances started. */
    record Funnel(String processKey, long started, List<Bar> steps) {
    }

    /** How a process's lead times spread over the bounds. */
    record Spread(String measured, String processKey, long count, List<Bar> buckets) {
    }

    /**
     * A process's open tasks at a university, claimed and unclaimed, as shares of the most open tasks of any row.
     */
    record Load(String processKey, String university, Bar claimed, Bar unclaimed, int pastReminder) {
    }

    /** Each process's declared steps, or for a process that declares none, the end events its instances reached. */
    static List<Funnel> funnels(List<FunnelRow> rows) {
        Map<String, Long> started = new LinkedHashMap<>();
        Map<String, Map<String, Long>> steps = new LinkedHashMap<>();
        for (FunnelRow row : rows) {
            started.merge(row.processKey(), row.started(), Long::sum);
            Map<String, Long> counts = steps.computeIfAbsent(row.processKey(), k -> new LinkedHashMap<>());
            (row.steps().isEmpty() ? row.outcomes() : row.steps())
                    .forEach((step, count) -> counts.merge(step, count, Long::sum));
        }
        List<Funnel> funnels = new ArrayList<>();
        started.forEach((process, count) -> {
            List<Bar> bars = new ArrayList<>();
            bars.add(new Bar(ProcessFigures.STARTED, count, count == 0 ? 0 : 1));
            steps.get(process).forEach((step, reached) -> bars.add(new Bar(step, reached, share(reached, count))));
            funnels.add(new Funnel(process, count, bars));
        });
        return funnels;
    }

    static List<Spread> spreads(String measured, List<LeadTimeSpread> rows) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (LeadTimeSpread row : rows) {
            long[] sum = sums.computeIfAbsent(row.processKey(), k -> new long[LeadTimeSpread.BOUNDS.size() + 1]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row.counts().get(i);
            }
        }
        List<Spread> spreads = new ArrayList<>();
        sums.forEach((process, sum) -> {
            long total = 0;
            for (long count : sum) {
                total += count;
            }
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < sum.length; i++) {
                bars.add(new Bar(String.valueOf(i), sum[i], share(sum[i], total)));
            }
            spreads.add(new Spread(measured, process, total, bars));
        });
        return spreads;
    }

    static List<Load> loads(List<Workload> rows) {
        int most = rows.stream().mapToInt(Workload::open).max().orElse(0);
        return rows.stream().map(row -> new Load(row.processKey(), row.university(),
                new Bar("claimed", row.claimed(), share(row.claimed(), most)),
                new Bar("unclaimed", row.unclaimed(), share(row.unclaimed(), most)), row.pastReminder())).toList();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
