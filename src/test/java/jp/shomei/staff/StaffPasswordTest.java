package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** Staff passwords keep the graduates' rules on every way of setting one, and staff change their own. */
@ShomeiTest
class StaffPasswordTest {

    private static final String PASSWORD = "Right-Password-2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

    @BeforeEach
    @AfterEach
    void noThrottlesNorClockShift() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldRefuseAWeakPasswordThroughTheRestApiAndTheJavaApi() throws Exception {
        String userId = newUser();
        HttpResponse<String> weak = rest("admin", "Admin-Demo-2026", "PUT", "/user/" + userId + "/credentials",
                "{\"password\":\"a\",\"authenticatedUserPassword\":\"Admin-Demo-2026\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains(messages.getMessage("password.tooShort", new Object[] {8}, Locale.JAPANESE));
        HttpResponse<String> common = rest("admin", "Admin-Demo-2026", "PUT", "/user/" + userId + "/credentials",
                "{\"password\":\"password123\",\"authenticatedUserPassword\":\"Admin-Demo-2026\"}");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains(messages.getMessage("password.common", null, Locale.JAPANESE));
        HttpResponse<String> wrongOwn = rest("admin", "Admin-Demo-2026", "PUT", "/user/" + userId + "/credentials",
                "{\"password\":\"Strong-Enough-2026\",\"authenticatedUserPassword\":\"Not-Mine-1\"}");
        assertThat(wrongOwn.statusCode()).isEqualTo(400);
        assertThat(wrongOwn.body()).contains(messages.getMessage("password.currentWrong", null, Locale.JAPANESE));
        // A wrong own password counts like a failed sign-in: the next call waits out its delay.
        ClockUtil.offset(2_000L);
        assertThat(rest("admin", "Admin-Demo-2026", "POST", "/user/create", "{\"profile\":{\"id\":\"weak-"
                + System.nanoTime() + "\"},\"credentials\":{\"password\":\"short\"}}").statusCode())
                .isEqualTo(400);
        assertThat(rest(userId, PASSWORD, "GET", "/task/count", null).statusCode()).isEqualTo(200);
        assertThat(rest(userId, "a", "GET", "/task/count", null).statusCode()).isEqualTo(401);

        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword("Password1");
        assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class);

        String policy = rest("admin", "Admin-Demo-2026", "GET", "/identity/password-policy", null).body();
        assertThat(policy).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"8\"", "PASSWORD_POLICY_SHOMEI_COMMON");
    }

    @Test
    void shouldLetStaffChangeTheirOwnPasswordWithTheCurrentOneChecked() throws Exception {
        String userId = newUser();
        WebClient staff = new WebClient(base());
        staff.signInAsStaff(userId, PASSWORD);
        assertThat(staff.page("/staff")).contains("/staff/password");
        staff.page("/staff/password");

        String wrongCurrent = staff.post("/staff/password", Map.of("currentPassword", "Not-The-Current-1",
                "newPassword", "a", "newPasswordConfirm", "b")).getBody();
        assertThat(wrongCurrent).contains(text("password.currentWrong"))
                .doesNotContain(text("password.mismatch"));
        ClockUtil.offset(2_000L);
        String weak = staff.post("/staff/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "password123", "newPasswordConfirm", "password123")).getBody();
        assertThat(weak).contains(text("password.common"));

        assertThat(staff.post("/staff/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Another-Secret-77", "newPasswordConfirm", "Another-Secret-77"))
                .getHeaders().getLocation().getPath()).isEqualTo("/staff/password/done");
        assertThat(rest(userId, "Another-Secret-77", "GET", "/task/count", null).statusCode()).isEqualTo(200);
        assertThat(rest(userId, PASSWORD, "GET", "/task/count", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldGiveTheWebappsTheTextsOfShomeisPasswordRules() {
        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        String settings = admin.get("/staff/webapp-settings", Map.of("Accept-Language", "ja")).getBody();
        assertThat(settings).contains("PASSWORD_POLICY_SHOMEI_COMMON",
                messages.getMessage("passwordRules.common", null, Locale.JAPANESE));
    }

    private String newUser() {
        return EngineRest.newUser(identityService, "pw", PASSWORD);
    }

    private String text(String code) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, Locale.JAPANESE));
    }

    private HttpResponse<String> rest(String user, String password, String method, String path, String json)
            throws Exception {
        return new EngineRest(port).call(user, password, method, path, json);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
