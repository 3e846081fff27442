package jp.shomei.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shomei.staff.StaffMember;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * Analysts see the funnel, lead times and mails of the last twelve months and the open tasks now, each table also as
 * CSV; others get the page not found.
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

    @GetMapping("/staff/analytics")
    String figures(Model model, Locale locale) {
        analyst();
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(11);
        Map<String, String> names = schools.universities().stream()
                .collect(Collectors.toMap(University::getCode, u -> u.name(locale)));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("names", names);
        model.addAttribute("funnel", figures.funnel(from, to));
        List<LeadTimeRow> leadTimes = new ArrayList<>();
        figures.taskTimes(from, to).forEach(times -> leadTimes.add(new LeadTimeRow("task", times)));
        figures.decisionTimes(from, to).forEach(times -> leadTimes.add(new LeadTimeRow("decision", times)));
        model.addAttribute("leadTimes", leadTimes);
        model.addAttribute("workload", figures.workload());
        model.addAttribute("mail", figures.mail(from, to));
        model.addAttribute("hours", new Hours());
        return "staff/analytics";
    }

    /** Each table of the page as CSV, small counts suppressed ({@link AnalyticsCsv}). */
    @GetMapping("/staff/analytics/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table) {
        analyst();
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(11);
        String body = switch (table) {
            case "funnel" -> AnalyticsCsv.funnel(figures.funnel(from, to));
            case "lead-times" -> AnalyticsCsv.leadTimes(figures.taskTimes(from, to), figures.decisionTimes(from, to));
            case "workload" -> AnalyticsCsv.workload(figures.workload());
            case "mail" -> AnalyticsCsv.mail(figures.mail(from, to));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("shomei-" + table + "-" + from + "-" + to + ".csv").build().toString())
                .body(body);
    }

    private void analyst() {
        if (!staffSessions.current().map(StaffMember::isAnalyst).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
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
