package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.AuthEventRepository;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** One sign-in for staff serves the Camunda webapps; applicants and strangers never reach them. */
@ShomeiTest
class StaffSignInTest {

    private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    AuthEventRepository authEvents;

    @Autowired
    IdentityService identityService;

    @Test
    void shouldRecogniseTheStaffSignInInTheWebapps() {
        throttles.deleteAll();
        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.page("/camunda/app/tasklist/default/")).contains("<html");
        ResponseEntity<String> me = staff.get(WHO_AM_I);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody()).contains("\"userId\":\"toto-staff\"", "tasklist");

        ResponseEntity<String> logout = staff.postHeaders(WHO_AM_I + "/logout", Map.of());
        assertThat(logout.getStatusCode().value()).isEqualTo(204);
        assertThat(staff.get(WHO_AM_I).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldLogAndThrottleFailedStaffSignIns() {
        throttles.deleteAll();
        // A user of its own: the engine, too, holds back a user for a few seconds after a wrong password.
        String userId = "guessed-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword("Right-Password-2026");
        identityService.saveUser(user);
        WebClient guesser = new WebClient(base());
        guesser.page("/staff/login");
        assertThat(guesser.post("/staff/login", Map.of("username", userId, "password", "Guess-1"))
                .getHeaders().getLocation().toString()).endsWith("/staff/login?error");
        assertThat(authEvents.findByEmailOrderByIdAsc(userId)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.LOGIN_FAILURE);
        assertThat(throttles.findById("account:" + userId)).isPresent();

        // Within the delay after a failure even the right password is refused.
        guesser.page("/staff/login");
        assertThat(guesser.post("/staff/login", Map.of("username", userId, "password", "Right-Password-2026"))
                .getHeaders().getLocation().toString()).endsWith("/staff/login?error");
        throttles.deleteAll();
    }

    @Test
    void shouldOpenOnlyCockpitToAnalysts() {
        throttles.deleteAll();
        WebClient analyst = new WebClient(base());
        analyst.page("/staff/login");
        analyst.post("/staff/login", Map.of("username", "analyst", "password", "Analyst-Demo-2026"));
        analyst.page("/camunda/app/cockpit/default/");
        String me = analyst.page(WHO_AM_I);
        assertThat(me).contains("cockpit").doesNotContain("tasklist", "\"admin\"");
    }

    @Test
    void shouldKeepCamundasOwnLoginClosed() {
        WebClient stranger = new WebClient(base());
        ResponseEntity<String> login = stranger.postHeaders(WHO_AM_I + "/login/tasklist",
                Map.of("username", "toto-staff", "password", "Staff-Demo-2026"));
        assertThat(login.getStatusCode().value()).isIn(401, 403);
        assertThat(stranger.get(WHO_AM_I).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldSendStrangersToTheStaffSignInAndRefuseTheirCalls() {
        WebClient stranger = new WebClient(base());
        assertThat(stranger.get("/camunda/app/tasklist/default/").getHeaders().getLocation().getPath())
                .isEqualTo("/staff/login");
        assertThat(stranger.get("/camunda/api/engine/engine/default/task").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldNeverLetAnApplicantIntoTheWebapps() {
        throttles.deleteAll();
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        assertThat(graduate.post("/login", Map.of("username", "yamada.taro@example.jp",
                "password", "Graduate-Demo-2026", "secondPassword", "Second-Demo-2026"))
                .getHeaders().getLocation().getPath()).isEqualTo("/home");
        assertThat(graduate.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(403);
        assertThat(graduate.get("/camunda/api/engine/engine/default/task").getStatusCode().value()).isEqualTo(403);
        assertThat(graduate.get("/staff/accounts").getStatusCode().value()).isEqualTo(403);
        assertThat(graduate.get("/engine-rest/task").getStatusCode().value()).isEqualTo(401);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
