package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Analysts, only they, find the figures in the staff menu, in Japanese and English: this month's applications at
 * Toto (the demo data's, and one decided here) in the funnel and the lead times.
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
        assertThat(english.page("/staff")).contains("href=\"/staff/analytics\"", "Process figures");
        assertThat(english.page("/staff/analytics")).contains("Process figures", "Funnel", "Lead times (hours)",
                "<span>Registration</span>", "Toto University", "submitted", "Decided before the reminder",
                "Review task, created to decided", "<span>Registration review</span>", "Open tasks now",
                "Mails").doesNotContain("<code>registration");

        WebClient japanese = staff("analyst", "Analyst-Demo-2026", "ja");
        ResponseEntity<String> csv = english.get("/staff/analytics/funnel.csv");
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("shomei-funnel-");
        assertThat(csv.getBody()).startsWith("process,university,month,started,").contains("registration,toto,");
        for (String table : List.of("lead-times", "workload", "mail")) {
            assertThat(english.get("/staff/analytics/" + table + ".csv").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(english.get("/staff/analytics/accounts.csv").getStatusCode().value()).isEqualTo(404);

        assertThat(japanese.page("/staff/analytics")).contains("プロセスの集計", "ファネル", "東都大学", "提出",
                "<span>利用申請</span>",
                "審査タスク（作成から判定まで）", "現在の未処理タスク", "メール");
    }

    @Test
    void shouldHideTheFiguresFromStaffAndAdministrators() {
        for (String[] user : new String[][] {{"toto-staff", "Staff-Demo-2026"}, {"admin", "Admin-Demo-2026"}}) {
            WebClient client = staff(user[0], user[1], "en");
            assertThat(client.page("/staff")).doesNotContain("/staff/analytics");
            assertThat(client.get("/staff/analytics").getStatusCode().value()).isEqualTo(404);
            assertThat(client.get("/staff/analytics/funnel.csv").getStatusCode().value()).isEqualTo(404);
        }
        WebClient visitor = new WebClient(base());
        assertThat(visitor.get("/staff/analytics").getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
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
