package jp.shomei.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shomei.staff.StaffSessions;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The figures of the chosen months (the last twelve unless chosen), and the open tasks now, as charts and tables,
 * each table also as CSV: for analysts, and for a university's managers their university's; others get the page
 * not found.
 */
@Controller
class AnalyticsController {

    private final AnalyticsFigures figures;
    private final StaffSessions staffSessions;
    private final SchoolCatalog schools;
    private final Clock clock;

    AnalyticsController(AnalyticsFigures figures, StaffSessions staffSessions, SchoolCatalog schools, Clock clock) {
        this.figures = figures;
        this.staffSessions = staffSessions;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/analytics")
    String figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String university, Model model, Locale locale) {
        AnalyticsScope scope = scope(university);
        MonthRange range = MonthRange.of(from, to, YearMonth.now(clock));
        List<FunnelRow> funnel = shown(figures.funnel(range.from(), range.to()), scope, FunnelRow::university);
        List<LeadTime> taskTimes = shown(figures.taskTimes(range.from(), range.to()), scope, LeadTime::university);
        List<LeadTime> decisionTimes = shown(figures.decisionTimes(range.from(), range.to()), scope,
                LeadTime::university);
        List<Workload> workload = shown(figures.workload(), scope, Workload::university);
        List<LeadTimeRow> leadTimes = new ArrayList<>();
        taskTimes.forEach(times -> leadTimes.add(new LeadTimeRow("task", times)));
        decisionTimes.forEach(times -> leadTimes.add(new LeadTimeRow("decision", times)));
        List<AnalyticsCharts.Spread> spreads = new ArrayList<>(AnalyticsCharts.spreads("task",
                shown(figures.taskTimeSpread(range.from(), range.to()), scope, LeadTimeSpread::university)));
        spreads.addAll(AnalyticsCharts.spreads("decision",
                shown(figures.decisionTimeSpread(range.from(), range.to()), scope, LeadTimeSpread::university)));

        model.addAttribute("range", range);
        model.addAttribute("typedFrom", range.error() == null ? range.from().toString() : from);
        model.addAttribute("typedTo", range.error() == null ? range.to().toString() : to);
        model.addAttribute("maxMonths", MonthRange.MAX_MONTHS);
        model.addAttribute("csvQuery", "from=" + range.from() + "&to=" + range.to()
                + (scope.chosen() == null ? "" : "&university=" + scope.chosen()));
        model.addAttribute("scope", scope);
        model.addAttribute("universities", scope.readable());
        model.addAttribute("names", schools.universities().stream()
                .collect(Collectors.toMap(University::getCode, u -> u.name(locale))));
        model.addAttribute("funnel", funnel);
        model.addAttribute("funnelCharts", AnalyticsCharts.funnels(funnel));
        model.addAttribute("leadTimes", leadTimes);
        model.addAttribute("spreadCharts", spreads);
        model.addAttribute("workload", workload);
        model.addAttribute("workloadChart", AnalyticsCharts.loads(workload));
        model.addAttribute("mail", shown(figures.mail(range.from(), range.to()), scope, MailRow::university));
        model.addAttribute("hours", new Hours());
        return "analytics/figures";
    }

    /** Each table of the page as CSV, for the same months and university, small counts suppressed. */
    @GetMapping("/analytics/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String university) {
        AnalyticsScope scope = scope(university);
        MonthRange range = MonthRange.of(from, to, YearMonth.now(clock));
        if (range.error() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        YearMonth start = range.from();
        YearMonth end = range.to();
        String body = switch (table) {
            case "funnel" -> AnalyticsCsv.funnel(shown(figures.funnel(start, end), scope, FunnelRow::university));
            case "lead-times" -> AnalyticsCsv.leadTimes(
                    shown(figures.taskTimes(start, end), scope, LeadTime::university),
                    shown(figures.decisionTimes(start, end), scope, LeadTime::university));
            case "workload" -> AnalyticsCsv.workload(shown(figures.workload(), scope, Workload::university));
            case "mail" -> AnalyticsCsv.mail(shown(figures.mail(start, end), scope, MailRow::university));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        String name = "shomei-" + table + (scope.chosen() == null ? "" : "-" + scope.chosen()) + "-" + start + "-"
                + end + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    /** The reader's scope narrowed to the chosen university; not found for one who reads no figures of it. */
    private AnalyticsScope scope(String university) {
        return staffSessions.current()
                .flatMap(reader -> AnalyticsScope.of(reader, schools.universities()))
                .flatMap(scope -> scope.choose(university))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static <T> List<T> shown(List<T> rows, AnalyticsScope scope, Function<T, String> university) {
        return rows.stream().filter(row -> scope.shows(university.apply(row))).toList();
    }

    /**
     * @param measured task: from a user task's creation to its completion; decision: from the first submission to
     *        the final decision
     */
    public record LeadTimeRow(String measured, LeadTime times) {
    }

    /** Durations in hours with one decimal. */
    public static final class Hours {

        public String format(Duration duration) {
            return String.format(Locale.ROOT, "%.1f", duration.toMinutes() / 60.0);
        }
    }
}
