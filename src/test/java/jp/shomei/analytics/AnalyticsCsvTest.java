package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysts' CSV: every count from 1 to 4, and what would give it away, written "<5". */
class AnalyticsCsvTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void shouldSuppressSmallCountsAndTheSharesOfSmallGroupsInTheFunnel() {
        Map<String, Long> manySteps = new LinkedHashMap<>(Map.of("submitted", 8L));
        manySteps.put("approved", 3L);
        FunnelRow many = new FunnelRow("registration", "toto", NOVEMBER, 10, manySteps, Map.of("approved", 3L));
        FunnelRow few = new FunnelRow("registration", "saikyo", NOVEMBER, 3, Map.of("submitted", 3L, "approved", 0L),
                Map.of());

        String[] lines = AnalyticsCsv.funnel(List.of(many, few)).split("\r\n");
        assertThat(lines[0]).isEqualTo("process,university,month,started,submitted,submitted_share,approved,"
                + "approved_share,ended_approved");
        assertThat(lines[1]).isEqualTo("registration,toto,2026-11,10,8,0.800,<5,<5,<5");
        assertThat(lines[2]).isEqualTo("registration,saikyo,2026-11,<5,<5,<5,0,<5,0");
    }

    @Test
    void shouldLeaveAnotherProcesssStepsEmptyRatherThanZero() {
        FunnelRow registration = new FunnelRow("registration", "toto", NOVEMBER, 10, Map.of("submitted", 8L),
                Map.of());
        FunnelRow review = new FunnelRow("registration-review", "toto", NOVEMBER, 8, Map.of("approved", 6L),
                Map.of());

        String[] lines = AnalyticsCsv.funnel(List.of(registration, review)).split("\r\n");
        assertThat(lines[0]).isEqualTo("process,university,month,started,submitted,submitted_share,approved,"
                + "approved_share");
        assertThat(lines[1]).isEqualTo("registration,toto,2026-11,10,8,0.800,,");
        assertThat(lines[2]).isEqualTo("registration-review,toto,2026-11,8,,,6,0.750");
    }

    @Test
    void shouldSuppressTheDurationsOfFewerThanFiveItems() {
        LeadTime five = new LeadTime("registration-review", "toto", NOVEMBER, 5, Duration.ofMinutes(90),
                Duration.ofHours(30), 4);
        LeadTime two = new LeadTime("registration-review", "saikyo", NOVEMBER, 2, Duration.ofHours(1),
                Duration.ofHours(2), 2);

        String[] lines = AnalyticsCsv.leadTimes(List.of(five, two), List.of()).split("\r\n");
        assertThat(lines[1]).isEqualTo("task,registration-review,toto,2026-11,5,1.5,30.0,0.800");
        assertThat(lines[2]).isEqualTo("task,registration-review,saikyo,2026-11,<5,<5,<5,<5");
    }

    @Test
    void shouldQuoteAFieldWithACommaAndKeepZerosAndLargeCounts() {
        String csv = AnalyticsCsv.mail(List.of(new MailRow("order,x", null, NOVEMBER, 120, 0, 7)));
        assertThat(csv.split("\r\n")[1]).isEqualTo("\"order,x\",,2026-11,120,0,7");
    }
}
