package jp.shomei.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The analysts' tables as CSV (RFC 4180, UTF-8), for whoever takes them elsewhere. A count from 1 to 4 is written
 * "<5", and so is every figure that would give it away (its share, the durations of so few items): exports leave the
 * page, and with them what a small count could say about a person.
 */
final class AnalyticsCsv {

    static final int SUPPRESSED_BELOW = 5;
    private static final String SUPPRESSED = "<5";

    private AnalyticsCsv() {
    }

    static String funnel(List<FunnelRow> rows) {
        List<String> steps = rows.stream().flatMap(r -> r.steps().keySet().stream()).distinct().toList();
        List<String> outcomes = rows.stream().flatMap(r -> r.outcomes().keySet().stream()).distinct().toList();
        List<String> header = new ArrayList<>(List.of("process", "university", "month", "started"));
        steps.forEach(step -> {
            header.add(step);
            header.add(step + "_share");
        });
        outcomes.forEach(outcome -> header.add("ended_" + outcome));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (FunnelRow row : rows) {
            List<String> line = new ArrayList<>(List.of(row.processKey(), university(row.university()),
                    row.month().toString(), count(row.started())));
            for (String step : steps) {
                if (!row.steps().containsKey(step)) {
                    // Another process's step: not zero, but not a step of this one.
                    line.add("");
                    line.add("");
                    continue;
                }
                long reached = row.count(step);
                line.add(count(reached));
                line.add(small(reached) || small(row.started()) ? SUPPRESSED : share(row.rate(step)));
            }
            outcomes.forEach(outcome -> line.add(count(row.outcomes().getOrDefault(outcome, 0L))));
            lines.add(line);
        }
        return csv(lines);
    }

    static String leadTimes(List<LeadTime> tasks, List<LeadTime> decisions) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("measured", "process", "university", "month", "decided", "median_hours", "p90_hours",
                "within_reminder_share"));
        Stream.concat(tasks.stream().map(t -> line("task", t)), decisions.stream().map(t -> line("decision", t)))
                .forEach(lines::add);
        return csv(lines);
    }

    static String workload(List<Workload> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("process", "university", "open", "claimed", "unclaimed", "oldest_hours", "past_reminder"));
        for (Workload w : rows) {
            lines.add(List.of(w.processKey(), university(w.university()), count(w.open()), count(w.claimed()),
                    count(w.unclaimed()), small(w.open()) ? SUPPRESSED : hours(w.oldestAge()),
                    count(w.pastReminder())));
        }
        return csv(lines);
    }

    static String mail(List<MailRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("process", "university", "month", "sent", "failed_attempts", "incidents"));
        for (MailRow m : rows) {
            lines.add(List.of(m.processKey(), university(m.university()), m.month().toString(), count(m.sent()),
                    count(m.failedRuns()), count(m.incidents())));
        }
        return csv(lines);
    }

    private static List<String> line(String measured, LeadTime t) {
        boolean few = small(t.count());
        return List.of(measured, t.processKey(), university(t.university()), t.month().toString(), count(t.count()),
                few ? SUPPRESSED : hours(t.median()), few ? SUPPRESSED : hours(t.p90()),
                few ? SUPPRESSED : share(t.withinReminderShare()));
    }

    private static boolean small(long count) {
        return count > 0 && count < SUPPRESSED_BELOW;
    }

    private static String count(long count) {
        return small(count) ? SUPPRESSED : Long.toString(count);
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }

    private static String hours(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMinutes() / 60.0);
    }

    private static String university(String university) {
        return university == null ? "" : university;
    }

    private static String csv(List<List<String>> lines) {
        return lines.stream().map(line -> line.stream().map(AnalyticsCsv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
