package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Analysts find the figures in the staff menu, in Japanese and English: this month's applications at Toto (the demo
 * data's, and one decided here) in the funnel and the lead times, as charts and tables, for the months chosen. A
 * university's managers see only their university's; staff and administrators none.
 */
@ShomeiTest
class AnalyticsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    Clock clock;

    @Test
    void shouldShowAnalystsTheFunnelAndLeadTimesInEnglishAndJapanese() {
        Registration registration = registrations.importSubmitted("figures-" + System.nanoTime() + "@example.jp",
                Locale.JAPANESE, TestApplications.totoApplication(universities, catalog, "集計 花子", "シュウケイ ハナコ"));
        String review = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();
        Task task = taskService.createTaskQuery().processInstanceId(review).singleResult();
        taskService.claim(task.getId(), "toto-staff");
        taskService.complete(task.getId(), Map.of(RegistrationProcess.Variables.DECISION, "approve"));

        WebClient english = staff("analyst", "Analyst-Demo-2026", "en");
        assertThat(english.page("/staff")).contains("href=\"/analytics\"", "Process figures");
        assertThat(english.page("/analytics")).contains("Process figures", "Funnel", "Lead times (hours)",
                "<span>Registration</span>", "Toto University", "submitted", "Decided before the reminder",
                "Review task, created to decided", "<span>Registration review</span>", "Open tasks now",
                "Mails").doesNotContain("<code>registration");

        WebClient japanese = staff("analyst", "Analyst-Demo-2026", "ja");
        ResponseEntity<String> csv = english.get("/analytics/funnel.csv");
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("shomei-funnel-");
        assertThat(csv.getBody()).startsWith("process,university,month,started,").contains("registration,toto,");
        for (String table : List.of("lead-times", "workload", "mail")) {
            assertThat(english.get("/analytics/" + table + ".csv").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(english.get("/analytics/accounts.csv").getStatusCode().value()).isEqualTo(404);

        assertThat(japanese.page("/analytics")).contains("プロセスの集計", "ファネル", "東都大学", "提出",
                "<span>利用申請</span>",
                "審査タスク（作成から判定まで）", "現在の未処理タスク", "メール");
    }

    @Test
    void shouldHideTheFiguresFromStaffAndAdministrators() {
        for (String[] user : new String[][] {{"toto-staff", "Staff-Demo-2026"}, {"admin", "Admin-Demo-2026"}}) {
            WebClient client = staff(user[0], user[1], "en");
            assertThat(client.page("/staff")).doesNotContain("/analytics");
            assertThat(client.get("/analytics").getStatusCode().value()).isEqualTo(404);
            assertThat(client.get("/analytics/funnel.csv").getStatusCode().value()).isEqualTo(404);
        }
        WebClient visitor = new WebClient(base());
        assertThat(visitor.get("/analytics").getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
        assertThat(visitor.get("/analytics/funnel.csv").getHeaders().getLocation().getPath())
                .isEqualTo("/staff/login");
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", "yamada.taro@example.jp", "password", "Graduate-Demo-2026",
                "secondPassword", "Second-Demo-2026"));
        assertThat(graduate.get("/home").getStatusCode().value()).isEqualTo(200);
        assertThat(graduate.get("/analytics").getStatusCode().value()).isNotEqualTo(200);
    }

    @Test
    void shouldShowAUniversitysManagerOnlyTheirUniversitysFigures() {
        decideOneTotoApplication();
        WebClient manager = staff("toto-manager", "Manager-Demo-2026", "en");
        assertThat(manager.page("/staff")).contains("href=\"/analytics\"")
                .doesNotContain("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/staff/accounts");
        String page = manager.page("/analytics");
        assertThat(page).contains("University: Toto University", "<span>Registration</span>")
                .doesNotContain("Saikyo University", "Not yet known", "All universities");
        for (String table : List.of("funnel", "lead-times", "workload", "mail")) {
            String csv = manager.get("/analytics/" + table + ".csv").getBody();
            assertThat(csv.lines().skip(1)).as(table).allSatisfy(line -> assertThat(line).contains(",toto,"));
        }
        assertThat(manager.get("/analytics?university=saikyo").getStatusCode().value()).isEqualTo(404);
        assertThat(manager.get("/analytics/funnel.csv?university=saikyo").getStatusCode().value()).isEqualTo(404);
        assertThat(manager.page("/analytics?university=toto")).contains("Toto University");

        WebClient analyst = staff("analyst", "Analyst-Demo-2026", "en");
        assertThat(analyst.page("/analytics")).contains("All universities", "Saikyo University");
        String toto = analyst.get("/analytics/funnel.csv?university=toto").getBody();
        assertThat(toto.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",toto,"));
        assertThat(analyst.get("/analytics?university=nowhere").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void shouldDrawTheChartsAndTakeAnyRangeOfUpToThirtySixMonths() {
        decideOneTotoApplication();
        registrations.importSubmitted("waiting-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "待機 花子", "タイキ ハナコ"));
        YearMonth now = YearMonth.now(clock);
        WebClient english = staff("analyst", "Analyst-Demo-2026", "en");
        String page = english.page("/analytics?from=" + now.minusMonths(35) + "&to=" + now);
        assertThat(page).contains("Per process, university and month (Japan time), from " + now.minusMonths(35),
                "Registration: how many reached each step, as a share of those started",
                "class=\"chart-bar\"", "<rect height=\"10\" width=\"100.0\">", "up to 1 hour", "over 7 days",
                "Open tasks, claimed and unclaimed", "<rect class=\"unclaimed\" height=\"10\" x=\"",
                "Registration review, Toto University",
                "href=\"/analytics/funnel.csv?from=" + now.minusMonths(35) + "&amp;to=" + now + "\"")
                .doesNotContain("range-error");
        assertThat(english.page("/analytics?from=２０２６／４&to="
                + now)).contains("from 2026-04 to " + now).doesNotContain("range-error");

        assertThat(english.page("/analytics?from=2026-13&to=" + now)).contains("range-error",
                "Enter each month as year and month, for example 2026-04. The last 12 months are shown instead.",
                "value=\"2026-13\"", "from " + now.minusMonths(11) + " to " + now);
        assertThat(english.page("/analytics?from=" + now + "&to=" + now.minusMonths(1)))
                .contains("The first month comes after the last one.");
        assertThat(english.page("/analytics?from=" + now.minusMonths(36) + "&to=" + now))
                .contains("Choose at most 36 months at once.");
        assertThat(staff("analyst", "Analyst-Demo-2026", "ja").page("/analytics?from=x"))
                .contains("月は年と月で入力してください（例：2026-04）。", "開始月", "すべての大学");
        assertThat(english.get("/analytics/funnel.csv?from=x").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> one = english.get("/analytics/funnel.csv?from=" + now + "&to=" + now
                + "&university=toto");
        assertThat(one.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("shomei-funnel-toto-" + now + "-" + now + ".csv");
    }

    private void decideOneTotoApplication() {
        Registration registration = registrations.importSubmitted("figures-" + System.nanoTime() + "@example.jp",
                Locale.JAPANESE, TestApplications.totoApplication(universities, catalog, "集計 次郎", "シュウケイ ジロウ"));
        String review = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();
        Task task = taskService.createTaskQuery().processInstanceId(review).singleResult();
        taskService.claim(task.getId(), "toto-staff");
        taskService.complete(task.getId(), Map.of(RegistrationProcess.Variables.DECISION, "approve"));
    }

    private WebClient staff(String user, String password, String lang) {
        WebClient client = new WebClient(base());
        client.setCookie(base(), "shomei-lang", lang);
        client.signInAsStaff(user, password);
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
