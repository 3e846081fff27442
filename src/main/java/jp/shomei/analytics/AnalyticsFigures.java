package jp.shomei.analytics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' figures from the fact tables, per process, university and month (Japan time). Instances count in
 * the month they started, review tasks in the month they were created. Percentiles are nearest-rank, computed here,
 * so that every database gives the same figures.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsFigures {

    /** Mail tasks are named so in every model (ServiceTask_SendOneTimeUrl, ServiceTask_SendReviewReminder, ...). */
    public static final String MAIL_TASK_PREFIX = "ServiceTask_Send";

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::processKey)
            .thenComparing(Group::university, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Group::month);

    private final JdbcTemplate jdbc;
    private final Map<String, ProcessFigures> models;
    private final Clock clock;
    private final ZoneId zone;

    AnalyticsFigures(JdbcTemplate jdbc, List<ProcessFigures> models, Clock clock) {
        this.jdbc = jdbc;
        this.models = models.stream().collect(Collectors.toMap(ProcessFigures::processKey, m -> m));
        this.clock = clock;
        this.zone = clock.getZone();
    }

    private record Group(String processKey, String university, YearMonth month) {
    }

    private record Instance(String key, String processKey, String university, Instant startedAt, String outcome) {
    }

    /** Started instances and the steps they reached, for the months from and to (inclusive). */
    public List<FunnelRow> funnel(YearMonth from, YearMonth to) {
        List<Instance> instances = instances(from, to);
        Map<String, Set<String>> passed = passed(from, to);
        Map<Group, List<Instance>> groups = group(instances);
        List<FunnelRow> rows = new ArrayList<>();
        groups.forEach((group, members) -> {
            ProcessFigures model = models.get(group.processKey());
            Map<String, Long> steps = new LinkedHashMap<>();
            if (model != null) {
                model.steps().forEach((step, elements) -> steps.put(step, members.stream()
                        .filter(i -> passed.getOrDefault(i.key(), Set.of()).stream().anyMatch(elements::contains))
                        .count()));
            }
            Map<String, Long> outcomes = members.stream().filter(i -> i.outcome() != null)
                    .collect(Collectors.groupingBy(Instance::outcome, TreeMap::new, Collectors.counting()));
            rows.add(new FunnelRow(group.processKey(), group.university(), group.month(), members.size(), steps,
                    outcomes));
        });
        return rows;
    }

    /** From first submission to final decision (approved or rejected), including resubmission rounds. */
    public List<LeadTime> decisionTimes(YearMonth from, YearMonth to) {
        return decisionDurations(from, to).leadTimes();
    }

    /** How the times from first submission to final decision spread over {@link LeadTimeSpread#BOUNDS}. */
    public List<LeadTimeSpread> decisionTimeSpread(YearMonth from, YearMonth to) {
        return decisionDurations(from, to).spread();
    }

    private Durations decisionDurations(YearMonth from, YearMonth to) {
        Map<String, Instance> instances = instances(from, to).stream()
                .collect(Collectors.toMap(Instance::key, i -> i));
        Map<String, Set<String>> passed = passed(from, to);
        Set<String> reminded = new HashSet<>(jdbc.queryForList("""
                select distinct p.super_key from analytics_activity a
                join analytics_process p on p.instance_key = a.instance_key
                where p.super_key is not null and a.activity_id in (%s)""".formatted(placeholders(reminders())),
                String.class, reminders().toArray()));
        Map<Group, List<Duration>> durations = new HashMap<>();
        Map<Group, Integer> withinReminder = new HashMap<>();
        for (ProcessFigures model : models.values()) {
            if (model.reviewActivity() == null) {
                continue;
            }
            Set<String> decisionElements = model.decisions().stream()
                    .flatMap(step -> model.steps().getOrDefault(step, List.of()).stream())
                    .collect(Collectors.toSet());
            if (decisionElements.isEmpty()) {
                continue;
            }
            jdbc.query("""
                    select instance_key, min(started_at), max(ended_at) from analytics_activity
                    where process_key = ? and activity_id = ? group by instance_key""",
                    rs -> {
                        Instance instance = instances.get(rs.getString(1));
                        Timestamp last = rs.getTimestamp(3);
                        if (instance == null || last == null || passed.getOrDefault(instance.key(), Set.of())
                                .stream().noneMatch(decisionElements::contains)) {
                            return;
                        }
                        Group group = group(instance);
                        durations.computeIfAbsent(group, g -> new ArrayList<>())
                                .add(Duration.between(rs.getTimestamp(2).toInstant(), last.toInstant()));
                        withinReminder.merge(group, reminded.contains(instance.key()) ? 0 : 1, Integer::sum);
                    }, model.processKey(), model.reviewActivity());
        }
        return new Durations(durations, withinReminder);
    }

    /** From a user task's creation to its completion, for the tasks created in the months from and to. */
    public List<LeadTime> taskTimes(YearMonth from, YearMonth to) {
        return taskDurations(from, to).leadTimes();
    }

    /** How the times from a user task's creation to its completion spread over {@link LeadTimeSpread#BOUNDS}. */
    public List<LeadTimeSpread> taskTimeSpread(YearMonth from, YearMonth to) {
        return taskDurations(from, to).spread();
    }

    private Durations taskDurations(YearMonth from, YearMonth to) {
        Map<String, Instant> reminders = firstReminders();
        Map<Group, List<Duration>> durations = new HashMap<>();
        Map<Group, Integer> withinReminder = new HashMap<>();
        jdbc.query("""
                select instance_key, process_key, university, created_at, ended_at from analytics_task
                where outcome = ? and created_at >= ? and created_at < ?""",
                rs -> {
                    Instant created = rs.getTimestamp(4).toInstant();
                    Instant ended = rs.getTimestamp(5).toInstant();
                    Group group = new Group(rs.getString(2), rs.getString(3), YearMonth.from(created.atZone(zone)));
                    durations.computeIfAbsent(group, g -> new ArrayList<>()).add(Duration.between(created, ended));
                    Instant reminder = reminders.get(rs.getString(1));
                    withinReminder.merge(group, reminder == null || reminder.isAfter(ended) ? 1 : 0, Integer::sum);
                }, AnalyticsFacts.COMPLETED, start(from), start(to.plusMonths(1)));
        return new Durations(durations, withinReminder);
    }

    /** The user tasks open now, per process and university. */
    public List<Workload> workload() {
        Map<String, Instant> reminders = firstReminders();
        Instant now = clock.instant();
        record Open(String processKey, String university, boolean claimed, Instant created, boolean reminded) {
        }
        List<Open> open = jdbc.query("""
                select instance_key, process_key, university, claimed, created_at from analytics_task
                where ended_at is null""",
                (rs, n) -> new Open(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), reminders.containsKey(rs.getString(1))));
        Map<List<String>, List<Open>> groups = open.stream().collect(Collectors.groupingBy(
                o -> Arrays.asList(o.processKey(), o.university()), LinkedHashMap::new,
                Collectors.toList()));
        List<Workload> rows = new ArrayList<>();
        groups.forEach((key, tasks) -> {
            int claimed = (int) tasks.stream().filter(Open::claimed).count();
            Instant oldest = tasks.stream().map(Open::created).min(Comparator.naturalOrder()).orElse(now);
            rows.add(new Workload(key.get(0), key.get(1), tasks.size(), claimed, tasks.size() - claimed,
                    Duration.between(oldest, now), (int) tasks.stream().filter(Open::reminded).count()));
        });
        rows.sort(Comparator.comparing(Workload::processKey)
                .thenComparing(Workload::university, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    /** Mails sent, failed runs and incidents of the mail tasks, in the months from and to. */
    public List<MailRow> mail(YearMonth from, YearMonth to) {
        record Event(Group group, String kind) {
        }
        List<Event> events = new ArrayList<>();
        jdbc.query("""
                select a.process_key, p.university, a.started_at, a.activity_id from analytics_activity a
                left join analytics_process p on p.instance_key = a.instance_key
                where a.activity_id like ? and a.ended_at is not null and a.started_at >= ? and a.started_at < ?""",
                rs -> {
                    if (rs.getString(4).startsWith(MAIL_TASK_PREFIX)) {
                        events.add(new Event(group(rs.getString(1), rs.getString(2), rs.getTimestamp(3)), "sent"));
                    }
                }, MAIL_TASK_PREFIX + "%", start(from), start(to.plusMonths(1)));
        jdbc.query("""
                select f.process_key, p.university, f.failed_at, f.activity_id, f.kind from analytics_failure f
                left join analytics_process p on p.instance_key = f.instance_key
                where f.activity_id like ? and f.failed_at >= ? and f.failed_at < ?""",
                rs -> {
                    if (rs.getString(4).startsWith(MAIL_TASK_PREFIX)) {
                        events.add(new Event(group(rs.getString(1), rs.getString(2), rs.getTimestamp(3)),
                                rs.getString(5)));
                    }
                }, MAIL_TASK_PREFIX + "%", start(from), start(to.plusMonths(1)));
        Map<Group, Map<String, Long>> counts = new TreeMap<>(GROUP_ORDER);
        events.forEach(event -> counts.computeIfAbsent(event.group(), g -> new HashMap<>())
                .merge(event.kind(), 1L, Long::sum));
        List<MailRow> rows = new ArrayList<>();
        counts.forEach((group, kinds) -> rows.add(new MailRow(group.processKey(), group.university(), group.month(),
                kinds.getOrDefault("sent", 0L), kinds.getOrDefault(AnalyticsFacts.JOB_FAILED, 0L),
                kinds.getOrDefault(AnalyticsFacts.INCIDENT, 0L))));
        return rows;
    }

    /**
     * The elements each instance started in the months passed: its own activity ids, and those of the processes it
     * called as {@link ProcessFigures#called}.
     */
    private Map<String, Set<String>> passed(YearMonth from, YearMonth to) {
        Map<String, Set<String>> passed = new HashMap<>();
        jdbc.query("""
                select distinct a.instance_key, a.activity_id from analytics_activity a
                join analytics_process p on p.instance_key = a.instance_key
                where p.started_at >= ? and p.started_at < ?""",
                rs -> {
                    passed.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }, start(from), start(to.plusMonths(1)));
        jdbc.query("""
                select distinct c.super_key, c.process_key, a.activity_id from analytics_activity a
                join analytics_process c on c.instance_key = a.instance_key
                join analytics_process p on p.instance_key = c.super_key
                where p.started_at >= ? and p.started_at < ?""",
                rs -> {
                    passed.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(ProcessFigures.called(rs.getString(2), rs.getString(3)));
                }, start(from), start(to.plusMonths(1)));
        return passed;
    }

    /** The nearest-rank percentile (p in 1..100) of sorted values. */
    static Duration percentile(List<Duration> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The measured durations of each group, and how many of them ended before the reminder. */
    private record Durations(Map<Group, List<Duration>> durations, Map<Group, Integer> withinReminder) {

        List<LeadTime> leadTimes() {
            List<LeadTime> rows = new ArrayList<>();
            durations.forEach((group, values) -> {
                List<Duration> sorted = values.stream().sorted().toList();
                rows.add(new LeadTime(group.processKey(), group.university(), group.month(), sorted.size(),
                        percentile(sorted, 50), percentile(sorted, 90), withinReminder.getOrDefault(group, 0)));
            });
            rows.sort(Comparator.comparing(LeadTime::processKey)
                    .thenComparing(LeadTime::university, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(LeadTime::month));
            return rows;
        }

        List<LeadTimeSpread> spread() {
            List<LeadTimeSpread> rows = new ArrayList<>();
            durations.forEach((group, values) -> rows.add(LeadTimeSpread.of(group.processKey(), group.university(),
                    group.month(), values)));
            rows.sort(Comparator.comparing(LeadTimeSpread::processKey)
                    .thenComparing(LeadTimeSpread::university, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(LeadTimeSpread::month));
            return rows;
        }
    }

    /** When each instance's reminder first fired, for the processes that declare one. */
    private Map<String, Instant> firstReminders() {
        Map<String, Instant> reminders = new HashMap<>();
        Collection<String> elements = reminders();
        jdbc.query("""
                select instance_key, min(started_at) from analytics_activity where activity_id in (%s)
                group by instance_key""".formatted(placeholders(elements)),
                rs -> {
                    reminders.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }, elements.toArray());
        return reminders;
    }

    private Collection<String> reminders() {
        Set<String> elements = models.values().stream().map(ProcessFigures::reminderActivity)
                .filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        // An empty in-list is no SQL; an element id that no process has matches nothing.
        return elements.isEmpty() ? Set.of("") : elements;
    }

    private List<Instance> instances(YearMonth from, YearMonth to) {
        return jdbc.query("""
                select instance_key, process_key, university, started_at, outcome from analytics_process
                where started_at >= ? and started_at < ?""",
                (rs, n) -> new Instance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)),
                start(from), start(to.plusMonths(1)));
    }

    private Group group(String processKey, String university, Timestamp at) {
        return new Group(processKey, university, YearMonth.from(at.toInstant().atZone(zone)));
    }

    private Map<Group, List<Instance>> group(List<Instance> instances) {
        Map<Group, List<Instance>> groups = new TreeMap<>(GROUP_ORDER);
        instances.forEach(i -> groups.computeIfAbsent(group(i), g -> new ArrayList<>()).add(i));
        return groups;
    }

    private Group group(Instance instance) {
        return new Group(instance.processKey(), instance.university(),
                YearMonth.from(instance.startedAt().atZone(zone)));
    }

    private Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    }

    private static String placeholders(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }
}
