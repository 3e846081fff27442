package jp.shomei.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** Requests no page of the application makes, broken uploads and forged CSRF tokens, answer with the error page. */
@ShomeiTest
class MalformedRequestTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=XYZ";
    /** The registration form's check; the upload is refused before its one-time URL is looked at. */
    private static final String CHECK = "/register/" + "x".repeat(43) + "/check";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    WebClient browser;

    @BeforeEach
    void setUp() {
        browser = new WebClient("http://localhost:" + port);
        browser.page("/register");
    }

    @Test
    void shouldAnswerABrokenUploadWithBadRequest() {
        String token = browser.csrfToken();
        byte[] cutOff = ("--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--XYZ\r\nContent-Disposition: form-data; name=\"nameKanji\"\r\n\r\n山田").getBytes(UTF_8);

        assertErrorPage(browser.postBody(CHECK, MULTIPART, cutOff, Map.of()), 400, "error.other.title");
        // With the token in a header, as a script sends it, Spring Security lets it through to the application.
        assertErrorPage(browser.postBody(CHECK, MULTIPART, cutOff, Map.of("X-CSRF-TOKEN", token)), 400,
                "error.other.title");
        assertErrorPage(browser.postBody(CHECK, "multipart/form-data", "no boundary".getBytes(UTF_8),
                Map.of("X-CSRF-TOKEN", token)), 400, "error.other.title");
    }

    @Test
    void shouldRefuseATamperedCsrfTokenWithForbidden() {
        String token = browser.csrfToken();
        for (String tampered : new String[] {"garbage", "%ZZ", token.substring(1), undecodable(token)}) {
            byte[] body = ("email=a%40example.jp&emailConfirm=a%40example.jp&_csrf=" + encoded(tampered))
                    .getBytes(UTF_8);
            assertErrorPage(browser.postBody("/register", FORM, body, Map.of()), 403, "error.403.title");
        }
        browser.page("/staff/login");
        byte[] staff = ("username=toto-staff&password=Staff-Demo-2026&_csrf=" + encoded(undecodable(token)))
                .getBytes(UTF_8);
        assertErrorPage(browser.postBody("/staff/login", FORM, staff, Map.of()), 403, "error.403.title");
    }

    private void assertErrorPage(ResponseEntity<String> response, int status, String title) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).contains(
                HtmlUtils.htmlEscape(messages.getMessage(title, null, Locale.JAPANESE)),
                HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] {status}, Locale.JAPANESE)));
    }

    /** A token of the right form and length whose secret is not UTF-8 once unmasked, as tampering can make it. */
    private static String undecodable(String token) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        int half = bytes.length / 2;
        for (int i = 0; i < half; i++) {
            bytes[half + i] = (byte) (bytes[i] ^ 0xFF);
        }
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private static String encoded(String value) {
        return value.startsWith("%") ? value : URLEncoder.encode(value, UTF_8);
    }
}
