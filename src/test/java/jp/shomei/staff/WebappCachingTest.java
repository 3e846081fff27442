package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The webapps' files travel compressed; Camunda's versioned files stay in the browser for a year, Shomei's own files
 * in the webapps are checked at every load, and the webapps' pages are never kept.
 */
@ShomeiTest
class WebappCachingTest {

    private static final Map<String, String> GZIP = Map.of(HttpHeaders.ACCEPT_ENCODING, "gzip");

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottleRepository throttles;

    @Test
    void shouldServeTheWebappsCompressedAndCacheOnlyVersionedFiles() {
        throttles.deleteAll();
        WebClient staff = new WebClient("http://localhost:" + port);
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");

        ResponseEntity<String> page = staff.get("/camunda/app/tasklist/default/", GZIP);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(String.valueOf(page.getHeaders().getCacheControl())).doesNotContain("max-age");
        assertThat(page.getHeaders().getLastModified()).as("nothing to cache the page by").isNegative();

        ResponseEntity<String> script = staff.get("/camunda/lib/deps.js?bust=7.24.0", GZIP);
        assertThat(script.getStatusCode().value()).isEqualTo(200);
        assertThat(script.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(script.getHeaders().getCacheControl()).contains("max-age=31536000").doesNotContain("no-");
        HttpHeaders styles = staff.get("/camunda/app/tasklist/camunda-tasklist-bootstrap.css?bust=7.24.0", GZIP)
                .getHeaders();
        assertThat(styles.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(styles.getCacheControl()).contains("max-age=31536000");

        ResponseEntity<String> shomeiScript = staff.get("/camunda/app/shomei/webapps.js?bust=7.24.0", GZIP);
        assertThat(shomeiScript.getStatusCode().value()).isEqualTo(200);
        assertThat(shomeiScript.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(shomeiScript.getHeaders().getCacheControl()).contains("no-cache").doesNotContain("max-age");
        assertThat(shomeiScript.getHeaders().getLastModified()).as("checked with If-Modified-Since").isPositive();
        assertThat(staff.get("/camunda/app/tasklist/locales/ja.json", GZIP).getHeaders().getCacheControl())
                .contains("no-cache");
    }
}
