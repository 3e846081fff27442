package jp.shomei.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import jp.shomei.demo.DemoCredentials;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Only the monitoring system reads the meters: the group's engine users with HTTP Basic, or the configured token;
 * everyone else is refused, and the health check stays public.
 */
@ShomeiTest
class MonitoringAccessTest {

    private static final String SCRAPE = "/actuator/prometheus";
    private static final String PASSWORD = "Monitor-Test-2026";
    /** As in application-test.yaml. */
    private static final String TOKEN = "test-scrape-token-7f3a9c";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottleRepository throttles;

    @AfterEach
    void noThrottles() {
        throttles.deleteAll();
    }

    @Test
    void shouldLetTheMonitoringGroupScrapeWithBasicCredentials() throws Exception {
        HttpResponse<String> demo = get(SCRAPE, basic("monitor", DemoCredentials.MONITOR_PASSWORD));
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(demo.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(demo.body()).contains("# TYPE shomei_user_tasks_open gauge");
        assertThat(demo.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

        String member = EngineRest.newUser(identityService, "monitor", PASSWORD);
        identityService.createMembership(member, MonitoringSecurityConfig.GROUP);
        assertThat(get(SCRAPE, basic(member, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(get(SCRAPE, basic(member, "Wrong-Password-2026")).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseStaffOutsideTheGroupAndStrangers() throws Exception {
        HttpResponse<String> anonymous = get(SCRAPE, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("Basic"));
        assertThat(get(SCRAPE, basic("analyst", DemoCredentials.ANALYST_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(get(SCRAPE, basic("admin", DemoCredentials.ADMIN_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(get(SCRAPE, basic("toto-staff", DemoCredentials.STAFF_PASSWORD)).statusCode()).isEqualTo(403);

        // A staff sign-in's session is no credential here.
        WebClient monitor = new WebClient("http://localhost:" + port);
        monitor.signInAsStaff("monitor", DemoCredentials.MONITOR_PASSWORD);
        assertThat(monitor.get(SCRAPE).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldTakeTheConfiguredTokenOnly() throws Exception {
        assertThat(get(SCRAPE, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(get(SCRAPE, "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(get(SCRAPE, "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
        assertThat(get(SCRAPE, "Bearer ").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldKeepTheHealthCheckPublic() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(get("/actuator/metrics", basic("monitor", DemoCredentials.MONITOR_PASSWORD)).statusCode())
                .as("nothing else of the actuator is open").isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
