package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.AuthEventRepository;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP Basic at the engine's REST API is the staff sign-in by another door: throttled with locks that end by
 * themselves, audited, and never the engine's own permanent lock.
 */
@ShomeiTest
class EngineRestSignInTest {

    private static final String PASSWORD = "Right-Password-2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    AuthEventRepository authEvents;

    @BeforeEach
    @AfterEach
    void noThrottlesNorClockShift() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldLockWrongBasicLoginsForAWhileButNeverForGood() throws Exception {
        String userId = newUser();
        assertThat(restStatus(userId, PASSWORD)).isEqualTo(200);

        wrongAttempts(userId, 30);

        // Locked now, even with the right password, and every attempt is in the audit log
        assertThat(restStatus(userId, PASSWORD)).isEqualTo(401);
        assertThat(authEvents.findByEmailOrderByIdAsc(userId)).extracting(AuthEvent::getEvent)
                .filteredOn(AuthEvent.Type.LOGIN_FAILURE::equals).hasSize(30);
        assertThat(authEvents.findByEmailOrderByIdAsc(userId)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.LOGIN_REFUSED_LOCKED);
        // The engine counted nothing: its lock (ENGINE-27002) would never end by itself
        UserEntity engineUser = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        assertThat(engineUser.getAttempts()).isZero();
        assertThat(engineUser.getLockExpirationTime()).isNull();

        // Once the temporary lock has ended, the right password works again, at every door
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofHours(2))));
        assertThat(restStatus(userId, PASSWORD)).isEqualTo(200);
        WebClient staffSignIn = new WebClient(base());
        staffSignIn.page("/staff/login");
        assertThat(staffSignIn.post("/staff/login", Map.of("username", userId, "password", PASSWORD))
                .getHeaders().getLocation().getPath()).isEqualTo("/staff");
    }

    @Test
    void shouldLetAnAdministratorLiftAStaffLock() throws Exception {
        String userId = newUser();
        wrongAttempts(userId, 5);
        assertThat(restStatus(userId, PASSWORD)).isEqualTo(401);

        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        assertThat(admin.get("/engine-rest/task/count").getStatusCode().value())
                .as("the REST API takes Basic credentials only, never the session cookie").isEqualTo(401);
        assertThat(admin.page("/staff/accounts")).contains(userId);
        admin.post("/staff/accounts/locks/lift", Map.of("email", userId));

        assertThat(restStatus(userId, PASSWORD)).isEqualTo(200);
    }

    @Test
    void shouldTakeAsLongForAnUnknownUserAsForAWrongPassword() throws Exception {
        String known = newUser();
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            throttles.deleteAll();
            knownNanos.add(timed(known, "Wrong-Password"));
            unknownNanos.add(timed("nobody-" + System.nanoTime(), "Wrong-Password"));
        }
        // A wrong password costs one hash; an unknown user must cost about as much, not answer at once.
        assertThat(median(unknownNanos)).isGreaterThan(median(knownNanos) / 2);
    }

    @Test
    void shouldRefuseAnOverLongNameLikeAnyWrongLogin() throws Exception {
        // Within the container's 8 KiB of headers for Basic; a form field may be longer.
        assertThat(restStatus("x".repeat(3_000), PASSWORD)).isEqualTo(401);
        String longName = "x".repeat(10_000);
        WebClient stranger = new WebClient(base());
        stranger.page("/staff/login");
        assertThat(stranger.post("/staff/login", Map.of("username", longName, "password", PASSWORD))
                .getHeaders().getLocation().toString()).endsWith("/staff/login?error");
        assertThat(throttles.findById("account:" + "x".repeat(254))).isPresent();
    }

    private String newUser() {
        return EngineRest.newUser(identityService, "rest", PASSWORD);
    }

    /** Wrong passwords an hour apart, so that no delay or lock swallows one: each is counted. */
    private void wrongAttempts(String userId, int count) throws Exception {
        for (int attempt = 0; attempt < count; attempt++) {
            ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(61))));
            assertThat(restStatus(userId, "Wrong-Password-" + attempt)).isEqualTo(401);
        }
    }

    private long timed(String userId, String password) throws Exception {
        long start = System.nanoTime();
        assertThat(restStatus(userId, password)).isEqualTo(401);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private int restStatus(String userId, String password) throws Exception {
        return new EngineRest(port).call(userId, password, "GET", "/task/count", null).statusCode();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
