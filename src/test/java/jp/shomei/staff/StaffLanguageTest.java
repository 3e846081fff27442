package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The staff side follows the staff member's language: the one chosen in Shomei's pages, else the browser's. The
 * review form arrives in it, the webapps learn it (with the time zone and the university) from their settings,
 * and the staff home offers each member the webapps of their work.
 */
@ShomeiTest
class StaffLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    LoginThrottleRepository throttles;

    @BeforeEach
    void clearThrottles() {
        throttles.deleteAll();
    }

    @Test
    void shouldSendTheReviewFormAndItsValuesInTheStaffMembersLanguage() {
        WebClient staff = staff("toto-staff", "Staff-Demo-2026");
        String form = "/camunda/api/engine/engine/default/task/" + totoReviewTask() + "/deployed-form";

        String japanese = staff.get(form, Map.of("Accept-Language", "ja-JP,ja;q=0.9")).getBody();
        assertThat(japanese).contains("\"承認\"", "\"審査結果\"", "利用申請の審査")
                .doesNotContain("Approve");

        String english = staff.get(form, Map.of("Accept-Language", "en-US,en;q=0.9")).getBody();
        assertThat(english).contains("\"Approve\"", "\"Decision\"", "Review of the application",
                "\"review_nameKanji\"").doesNotContain("承認");

        assertThat(staff.get(form, Map.of("Accept-Language", "ko-KR,ko;q=0.9")).getBody())
                .as("a browser in another language gets the office language").contains("\"承認\"");

        String variables = form.replace("/deployed-form", "/form-variables");
        assertThat(staff.get(variables, Map.of("Accept-Language", "ja")).getBody())
                .contains("\"review_university\":{\"type\":\"String\",\"value\":\"東都大学\"")
                .doesNotContain("__en", "Toto University");
        assertThat(staff.get(variables, Map.of("Accept-Language", "en")).getBody())
                .contains("\"review_university\":{\"type\":\"String\",\"value\":\"Toto University\"")
                .doesNotContain("__en", "東都大学");

        // Chosen in Shomei's pages, the language wins over the browser's.
        staff.page("/staff?lang=en");
        assertThat(staff.get(form, Map.of("Accept-Language", "ja")).getBody()).contains("\"Approve\"");
    }

    @Test
    void shouldTellTheWebappsTheLanguageTimeZoneAndUniversity() {
        WebClient staff = staff("toto-staff", "Staff-Demo-2026");
        String browserJapanese = staff.get("/staff/webapp-settings", Map.of("Accept-Language", "ja")).getBody();
        assertThat(browserJapanese).contains("\"language\":null", "\"timeZone\":\"Asia/Tokyo\"",
                "\"university\":\"東都大学\"", "\"home\":\"/staff\"", "\"homeLabel\":\"職員メニュー\"",
                "\"signedOut\":\"/staff/login?loggedOut\"", "\"filters\":\"フィルター欄の表示切替\"");
        assertThat(staff.get("/staff/webapp-settings", Map.of("Accept-Language", "en")).getBody())
                .contains("\"language\":null", "\"university\":\"Toto University\"", "\"homeLabel\":\"Staff menu\"",
                        "\"filters\":\"Show or hide the filters\"");

        staff.page("/staff?lang=en");
        assertThat(staff.get("/staff/webapp-settings", Map.of("Accept-Language", "ja")).getBody())
                .contains("\"language\":\"en\"", "\"university\":\"Toto University\"");

        WebClient admin = staff("admin", "Admin-Demo-2026");
        assertThat(admin.page("/staff/webapp-settings")).contains("\"university\":null");
    }

    @Test
    void shouldOfferEachMemberTheWebappsOfTheirWork() {
        WebClient client = staff("toto-staff", "Staff-Demo-2026");
        assertThat(client.get("/staff", Map.of("Accept-Language", "en-GB,en;q=0.9")).getBody())
                .as("without a choice, the browser's language").contains("Staff menu", "Toto University");
        String reviewer = client.page("/staff");
        assertThat(reviewer)
                .contains("職員メニュー", "東都大学", "/camunda/app/tasklist/", "/staff/accounts",
                        "class=\"site-name\" href=\"/staff\"", "本サービスの管理者")
                .doesNotContain("/camunda/app/cockpit/", "/camunda/app/admin/");

        String admin = staff("admin", "Admin-Demo-2026").page("/staff?lang=en");
        assertThat(admin).contains("Staff menu", "/camunda/app/tasklist/", "/camunda/app/cockpit/",
                "/camunda/app/admin/", "at every university");

        WebClient analyst = new WebClient(base());
        analyst.page("/staff/login");
        analyst.post("/staff/login", Map.of("username", "analyst", "password", "Analyst-Demo-2026"));
        assertThat(analyst.page("/staff")).contains("/camunda/app/cockpit/")
                .doesNotContain("/camunda/app/tasklist/", "/camunda/app/admin/");
    }

    @Test
    void shouldKeepTheStaffHomeAndSettingsFromEveryoneElse() {
        WebClient stranger = new WebClient(base());
        for (String path : new String[] {"/staff", "/staff/webapp-settings"}) {
            ResponseEntity<String> response = stranger.get(path);
            assertThat(response.getStatusCode().is3xxRedirection()).as(path).isTrue();
            assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
        }
    }

    private String totoReviewTask() {
        return taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).list().get(0).getId();
    }

    private WebClient staff(String user, String password) {
        WebClient client = new WebClient(base());
        client.signInAsStaff(user, password);
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
