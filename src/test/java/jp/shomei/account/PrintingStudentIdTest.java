package jp.shomei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The student ID chosen on "Select printing destination" stays chosen when the page is opened again. */
@ShomeiTest
class PrintingStudentIdTest {

    private static final Pattern RECORD = Pattern.compile("id=\"record-(\\d+)\"");

    @LocalServerPort
    int port;

    @Test
    void shouldKeepTheChosenStudentIdForTheSession() {
        WebClient graduate = new WebClient("http://localhost:" + port);
        graduate.page("/");
        graduate.post("/login", Map.of("username", "yamada.taro@example.jp", "password", "Graduate-Demo-2026",
                "secondPassword", "Second-Demo-2026"));
        String home = graduate.page("/home");
        List<String> records = RECORD.matcher(home).results().map(m -> m.group(1)).toList();
        assertThat(records).hasSizeGreaterThanOrEqualTo(2);
        assertThat(checked(home)).isEqualTo(records.get(0));

        assertThat(graduate.post("/account/printing-student-id", Map.of("studentRecordId", records.get(1)))
                .getHeaders().getLocation().getPath()).isEqualTo("/home");
        assertThat(checked(graduate.page("/home"))).isEqualTo(records.get(1));

        // Another account's student ID (or none at all) changes nothing.
        graduate.post("/account/printing-student-id", Map.of("studentRecordId", "999999"));
        assertThat(checked(graduate.page("/home"))).isEqualTo(records.get(1));
    }

    private static String checked(String page) {
        return Pattern.compile("<input type=\"radio\" name=\"studentRecordId\" id=\"record-(\\d+)\"[^>]*checked")
                .matcher(page).results().map(m -> m.group(1)).findFirst().orElse(null);
    }
}
