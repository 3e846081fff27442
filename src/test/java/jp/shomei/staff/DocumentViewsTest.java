package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.document.DocumentSide;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationRepository;
import jp.shomei.staff.DocumentView.ApplicationKind;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every identity-document image that staff open is audited, and administrators, only they, read the audit. */
@ShomeiTest
class DocumentViewsTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    DocumentViews views;

    @Test
    void shouldAuditEveryImageServedAndNoRefusal() {
        Registration demo = demoRegistration();
        String front = "/staff/registrations/" + demo.getId() + "/documents/front";
        long before = views.latest().size();

        assertThat(staff("toto-staff", "Staff-Demo-2026", "en").get(front).getStatusCode().value()).isEqualTo(200);
        assertThat(staff("saikyo-staff", "Staff-Demo-2026", "en").get(front).getStatusCode().value()).isEqualTo(404);

        assertThat(views.latest()).hasSizeLessThanOrEqualTo(DocumentViews.SHOWN).first().satisfies(view -> {
            assertThat(view.getViewedBy()).isEqualTo("toto-staff");
            assertThat(view.getApplicationKind()).isEqualTo(ApplicationKind.REGISTRATION);
            assertThat(view.getApplicationId()).isEqualTo(demo.getId());
            assertThat(view.getSide()).isEqualTo(DocumentSide.FRONT);
            assertThat(view.reference()).isEqualTo("R-" + demo.getId());
        });
        assertThat(views.latest().size()).isEqualTo(Math.min(before + 1, DocumentViews.SHOWN));
    }

    @Test
    void shouldShowTheAuditToAdministratorsInEnglishAndJapanese() {
        Registration demo = demoRegistration();
        staff("toto-staff", "Staff-Demo-2026", "ja").get("/staff/registrations/" + demo.getId() + "/documents/front");

        WebClient english = staff("admin", "Admin-Demo-2026", "en");
        assertThat(english.page("/staff")).contains("href=\"/staff/document-views\"");
        assertThat(english.page("/staff/document-views")).contains("Views of identity-document images",
                "Opened at (Japan time)", "toto-staff", "Registration R-" + demo.getId(), "Front");
        assertThat(staff("admin", "Admin-Demo-2026", "ja").page("/staff/document-views"))
                .contains("本人確認書類の画像の閲覧記録", "閲覧日時（日本時間）", "利用申請 R-" + demo.getId(), "表面");
    }

    @Test
    void shouldHideTheAuditFromStaffAnalystsAndVisitors() {
        WebClient toto = staff("toto-staff", "Staff-Demo-2026", "en");
        assertThat(toto.page("/staff")).doesNotContain("/staff/document-views");
        assertThat(toto.get("/staff/document-views").getStatusCode().value()).isEqualTo(404);
        assertThat(staff("analyst", "Analyst-Demo-2026", "ja").get("/staff/document-views").getStatusCode().value())
                .isEqualTo(404);
        assertThat(new WebClient(base()).get("/staff/document-views").getHeaders().getLocation().getPath())
                .isEqualTo("/staff/login");
    }

    private Registration demoRegistration() {
        return registrations.findAll().stream().filter(r -> r.getEmail().equals("sato.hanako@example.jp"))
                .findFirst().orElseThrow();
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
