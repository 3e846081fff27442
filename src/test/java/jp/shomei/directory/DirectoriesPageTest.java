package jp.shomei.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The application's own directories (the embedded one of the default run, on the test profile's port): demo students
 * sign in, and administrators, only they, see each university's directory answering, in both languages.
 */
@ShomeiTest
class DirectoriesPageTest {

    @LocalServerPort
    int port;

    @Autowired
    StudentDirectory directory;

    @Test
    void shouldSignInTheDemoStudentsOfBothUniversitiesAtTheEmbeddedDirectory() {
        DirectoryStudent toto = directory.authenticate("toto", "t23e0001", "Student-Demo-2026");
        assertThat(toto.studentNumber()).isEqualTo("T23E0001");
        assertThat(toto.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        DirectoryStudent saikyo = directory.authenticate("saikyo", "s24k0123", "Student-Demo-2026");
        assertThat(saikyo.faculty()).isEqualTo("経済学部");
    }

    @Test
    void shouldShowAdministratorsEachDirectoryInEnglishAndJapanese() {
        WebClient english = staff("admin", "Admin-Demo-2026", "en");
        assertThat(english.page("/staff")).contains("href=\"/staff/directories\"", "Student directories");
        String page = english.page("/staff/directories");
        assertThat(page).contains("Student directories", "Toto University", "Saikyo University",
                "ldap://127.0.0.1:3989", "Answers", "Checked at (Japan time)").doesNotContain("Does not answer");

        WebClient japanese = staff("admin", "Admin-Demo-2026", "ja");
        assertThat(japanese.page("/staff/directories"))
                .contains("学生ディレクトリ", "東都大学", "西京大学", "応答あり", "確認日時（日本時間）");
    }

    @Test
    void shouldHideThePageFromStaffAnalystsGraduatesAndVisitors() {
        for (String lang : new String[] {"en", "ja"}) {
            WebClient toto = staff("toto-staff", "Staff-Demo-2026", lang);
            assertThat(toto.page("/staff")).doesNotContain("/staff/directories");
            assertThat(toto.get("/staff/directories").getStatusCode().value()).isEqualTo(404);
            WebClient analyst = staff("analyst", "Analyst-Demo-2026", lang);
            assertThat(analyst.get("/staff/directories").getStatusCode().value()).isEqualTo(404);
        }

        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", "yamada.taro@example.jp", "password", "Graduate-Demo-2026",
                "secondPassword", "Second-Demo-2026"));
        ResponseEntity<String> asGraduate = graduate.get("/staff/directories");
        assertThat(asGraduate.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(String.valueOf(asGraduate.getBody())).doesNotContain("ldap://");

        WebClient visitor = new WebClient(base());
        assertThat(visitor.get("/staff/directories").getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
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
