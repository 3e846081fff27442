package jp.shomei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** A path that no page handles answers 404 with "page not found" in the visitor's language, signed in or not. */
@ShomeiTest
class UnknownPathTest {

    private static final List<String> UNKNOWN = List.of("/nonexistent", "/account/nonexistent", "/staff/nonexistent");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void shouldAnswerNotFoundSignedOutInEachLanguage() {
        for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            WebClient visitor = visitor(language);
            UNKNOWN.forEach(path -> assertNotFound(visitor, path, language));
        }
    }

    @Test
    void shouldAnswerNotFoundToASignedInGraduateAndStaffMember() {
        WebClient graduate = visitor(Locale.ENGLISH);
        graduate.page("/");
        assertThat(graduate.post("/login", Map.of("username", "yamada.taro@example.jp",
                "password", "Graduate-Demo-2026", "secondPassword", "Second-Demo-2026"))
                .getHeaders().getLocation().getPath()).isEqualTo("/home");
        UNKNOWN.forEach(path -> assertNotFound(graduate, path, Locale.ENGLISH));

        WebClient staff = visitor(Locale.JAPANESE);
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        UNKNOWN.forEach(path -> assertNotFound(staff, path, Locale.JAPANESE));
    }

    @Test
    void shouldStillSendSignedOutVisitorsOfExistingPagesToTheLogin() {
        WebClient visitor = visitor(Locale.ENGLISH);
        assertThat(visitor.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/");
        assertThat(visitor.get("/account/personal").getHeaders().getLocation().getPath()).isEqualTo("/");
        assertThat(visitor.get("/staff/accounts").getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
        // Static resources outside the public folders stay closed.
        assertThat(visitor.get("/webjars/nonexistent.js").getStatusCode().value()).isEqualTo(404);
        assertThat(visitor.get("/application.yaml").getStatusCode().value()).isEqualTo(404);
    }

    private void assertNotFound(WebClient visitor, String path, Locale language) {
        ResponseEntity<String> answer = visitor.get(path, Map.of("Accept", "text/html"));
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
        assertThat(answer.getBody()).as(path)
                .contains(HtmlUtils.htmlEscape(messages.getMessage("error.404.title", null, language)))
                .contains("lang=\"" + language.getLanguage() + "\"");
    }

    private WebClient visitor(Locale language) {
        WebClient visitor = new WebClient("http://localhost:" + port);
        visitor.setCookie("http://localhost:" + port, "shomei-lang", language.getLanguage());
        return visitor;
    }
}
