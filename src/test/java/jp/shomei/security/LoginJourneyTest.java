package jp.shomei.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomei.account.Account;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/** Login (2.2), the first login's password setting, and the signed-in service, over HTTP. */
@ShomeiTest
class LoginJourneyTest {

    private static final AtomicInteger graduates = new AtomicInteger();
    private static final String PASSWORD = "Sakura-Blossom-2031";
    private static final String SECOND_PASSWORD = "Momiji-Leaves-2032";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    AuthEventRepository authEvents;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    WebClient browser;
    String email;
    Long accountId;
    String initialPassword;

    @BeforeEach
    void setUp() {
        throttles.deleteAll();
        browser = new WebClient(base());
        email = "graduate" + graduates.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accountService, universities, catalog, email, "石井 涼子",
                "イシイ リョウコ", "T10A2020").getId();
        initialPassword = accountService.issueInitialPassword(accountId);
    }

    @AfterEach
    void resetClockAndThrottles() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldLeadTheFirstLoginToPasswordSettingAndNowhereElse() {
        browser.page("/");
        String sessionBefore = browser.cookie("JSESSIONID");
        assertThat(login(initialPassword, "").getHeaders().getLocation().getPath()).isEqualTo("/password/setup");
        assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(sessionBefore);
        assertThat(browser.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/password/setup");
        assertThat(browser.page("/password/setup")).contains("name=\"secondPasswordConfirm\"");

        String refused = browser.post("/password/setup", Map.of("password", initialPassword,
                "passwordConfirm", initialPassword, "secondPassword", "password",
                "secondPasswordConfirm", "password")).getBody();
        assertThat(refused).contains(text("password.sameAsInitial"), text("password.common"));

        String sessionBeforeSetting = browser.cookie("JSESSIONID");
        ResponseEntity<String> set = browser.post("/password/setup", Map.of("password", PASSWORD,
                "passwordConfirm", PASSWORD, "secondPassword", SECOND_PASSWORD,
                "secondPasswordConfirm", SECOND_PASSWORD));
        assertThat(set.getHeaders().getLocation().getPath()).isEqualTo("/password/setup/done");
        assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(sessionBeforeSetting);
        assertThat(browser.page("/home")).contains("T10A2020");
        assertThat(accounts.findById(accountId).orElseThrow().awaitsPasswordSetting()).isFalse();
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .containsSubsequence(AuthEvent.Type.LOGIN_SUCCESS, AuthEvent.Type.PASSWORDS_SET);

        browser.post("/logout", Map.of());
        WebClient again = new WebClient(base());
        again.page("/");
        ResponseEntity<String> login = again.post("/login", Map.of("username", email.toUpperCase(Locale.ROOT),
                "password", PASSWORD, "secondPassword", SECOND_PASSWORD));
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/home");
    }

    @Test
    void shouldRefuseAWrongSecondPasswordAndAnUnknownAddressAlike() {
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        browser.page("/");
        ResponseEntity<String> wrongSecond = login(PASSWORD, "Wrong-Second-1");
        WebClient stranger = new WebClient(base());
        stranger.page("/");
        ResponseEntity<String> unknown = stranger.post("/login", Map.of("username", "nobody-" + email,
                "password", PASSWORD, "secondPassword", SECOND_PASSWORD));

        assertThat(wrongSecond.getHeaders().getLocation()).isEqualTo(unknown.getHeaders().getLocation());
        assertThat(wrongSecond.getHeaders().getLocation().toString()).endsWith("/?error");
        assertThat(browser.page("/?error")).contains(text("login.failed"));
        assertThat(browser.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/");
    }

    @Test
    void shouldKeepTheAddressButNoPasswordAfterAWrongLoginAndFocusTheError() {
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        browser.page("/");
        String page = browser.follow(login("Wrong-Password-9", "Wrong-Second-9"));

        assertThat(page).contains(text("login.failed"))
                .containsPattern("id=\"username\"[^>]*value=\"" + java.util.regex.Pattern.quote(email) + "\"")
                .doesNotContain("Wrong-Password-9").doesNotContain("Wrong-Second-9")
                .containsPattern("role=\"alert\" id=\"error-summary\" tabindex=\"-1\"");
        assertThat(browser.page("/")).doesNotContain(email);
    }

    @Test
    void shouldRefuseAnOverLongAddressLikeAnyWrongLoginAndCountIt() {
        WebClient stranger = new WebClient(base());
        stranger.page("/");
        String longAddress = "a".repeat(10_000) + "@example.jp";
        ResponseEntity<String> refused = stranger.post("/login", Map.of("username", longAddress,
                "password", PASSWORD, "secondPassword", SECOND_PASSWORD));
        assertThat(refused.getHeaders().getLocation().toString()).endsWith("/?error");
        assertThat(throttles.findById("account:" + "a".repeat(254))).isPresent();
    }

    @Test
    void shouldLockAfterRepeatedFailuresTellTheOwnerAndUnlockAfterThePeriod() {
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        browser.page("/");
        long offset = 0;
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(login("Wrong-Password-" + failure, SECOND_PASSWORD).getHeaders().getLocation().toString())
                    .endsWith("/?error");
            offset += 60_000;
            ClockUtil.offset(offset);
        }
        ClockUtil.offset(offset - 60_000 + 30_000);
        assertThat(login(PASSWORD, SECOND_PASSWORD).getHeaders().getLocation().toString())
                .as("even the right passwords are refused during the lock").endsWith("/?error");
        assertThat(new Mailbox(greenMail).awaitSubject(email, 1))
                .isEqualTo(messages.getMessage("mail.login-locked.subject", null, Locale.JAPANESE));

        ClockUtil.offset(offset - 60_000 + 61_000);
        assertThat(login(PASSWORD, SECOND_PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/home");
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.LOCK_STARTED, AuthEvent.Type.LOGIN_REFUSED_LOCKED);
    }

    @Test
    void shouldAcceptLongPassphrasesAndUpgradeWeakerHashesAtLogin() {
        String passphrase = "Kyoto is lovely in autumn, with red maple leaves along the Kamo River " + "x".repeat(30);
        accountService.setPasswords(accountId, passphrase, SECOND_PASSWORD);
        String weaker = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(passphrase);
        jdbc.update("update account set password_hash = ? where id = ?", weaker, accountId);

        browser.page("/");
        assertThat(login(passphrase, SECOND_PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/home");
        String upgraded = accounts.findById(accountId).orElseThrow().getPasswordHash();
        assertThat(upgraded).isNotEqualTo(weaker).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        browser = new WebClient(base());
        browser.page("/");
        assertThat(login(passphrase.substring(0, 72), SECOND_PASSWORD).getHeaders().getLocation().toString())
                .as("nothing is truncated").endsWith("/?error");
    }

    @Test
    void shouldSayWhenTheInitialPasswordHasExpired() {
        ClockUtil.offset(8L * 24 * 60 * 60 * 1000);
        browser.page("/");
        assertThat(login(initialPassword, "").getHeaders().getLocation().toString()).endsWith("/?initialExpired");
        assertThat(browser.page("/?initialExpired")).contains(text("login.initialExpired"));
    }

    @Test
    void shouldSayNothingAboutTheNewPasswordWhileTheCurrentOneIsWrongAndCountWrongOnesAsFailedLogins() {
        signedIn();
        String oracle = browser.post("/account/password", Map.of("currentPassword", "Not-The-Current-1",
                "newPassword", SECOND_PASSWORD, "newPasswordConfirm", SECOND_PASSWORD)).getBody();
        assertThat(oracle).contains(text("password.currentWrong")).doesNotContain(text("password.sameAsSecond"));
        long offset = 60_000;
        ClockUtil.offset(offset);
        String secondOracle = browser.post("/account/second-password", Map.of("currentSecondPassword",
                "Not-The-Current-2", "newSecondPassword", PASSWORD, "newSecondPasswordConfirm", PASSWORD)).getBody();
        assertThat(secondOracle).contains(text("secondPassword.currentWrong"))
                .doesNotContain(text("password.sameAsSecond"));

        for (int failure = 3; failure <= 5; failure++) {
            offset += 60_000;
            ClockUtil.offset(offset);
            browser.post("/account/password", Map.of("currentPassword", "Not-The-Current-" + failure,
                    "newPassword", "Another-Secret-77", "newPasswordConfirm", "Another-Secret-77"));
        }
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .filteredOn(AuthEvent.Type.CURRENT_PASSWORD_WRONG::equals).hasSize(5);
        assertThat(new Mailbox(greenMail).awaitSubject(email, 1))
                .isEqualTo(messages.getMessage("mail.login-locked.subject", null, Locale.JAPANESE));
        String heldBack = browser.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Another-Secret-77", "newPasswordConfirm", "Another-Secret-77")).getBody();
        assertThat(heldBack).contains(text("login.heldBack"));
        assertThat(accountService.passwordMatches(accountId, PASSWORD)).isTrue();
        WebClient owner = new WebClient(base());
        owner.page("/");
        assertThat(owner.post("/login", Map.of("username", email, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD)).getHeaders().getLocation().toString()).endsWith("/?error");
    }

    @Test
    void shouldChangeEachPasswordOnlyWithTheCurrentOne() {
        signedIn();
        String wrongCurrent = browser.post("/account/password", Map.of("currentPassword", "Not-The-Current-1",
                "newPassword", "Another-Secret-77", "newPasswordConfirm", "Another-Secret-77")).getBody();
        assertThat(wrongCurrent).contains(text("password.currentWrong"));
        ClockUtil.offset(2_000L);
        assertThat(browser.post("/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", "Another-Secret-77", "newPasswordConfirm", "Another-Secret-77"))
                .getHeaders().getLocation().getPath()).isEqualTo("/account/password/done");
        assertThat(accountService.passwordMatches(accountId, "Another-Secret-77")).isTrue();

        String same = browser.post("/account/second-password", Map.of("currentSecondPassword", SECOND_PASSWORD,
                "newSecondPassword", "Another-Secret-77", "newSecondPasswordConfirm", "Another-Secret-77")).getBody();
        assertThat(same).contains(text("password.sameAsSecond"));
        assertThat(browser.post("/account/second-password", Map.of("currentSecondPassword", SECOND_PASSWORD,
                "newSecondPassword", "Third-Secret-88", "newSecondPasswordConfirm", "Third-Secret-88"))
                .getHeaders().getLocation().getPath()).isEqualTo("/account/password/done");
        assertThat(accountService.secondPasswordMatches(accountId, "Third-Secret-88")).isTrue();
    }

    @Test
    void shouldChangePersonalDataAfterConfirmation() {
        signedIn();
        assertThat(browser.page("/account/personal")).contains("value=\"100-0001\"", "name=\"submissionPlace\"",
                "value=\"株式会社サンプル\"");
        Map<String, String> changed = new java.util.LinkedHashMap<>(Map.of("postalCode", "530-0001",
                "prefecture", "大阪府", "city", "大阪市北区", "street", "梅田2-2-2", "phone", "06-2222-3333",
                "mobile", "080-2222-3333", "contactEmail", email, "intendedUse", "転職"));
        changed.put("submissionPlace", "大阪商事株式会社");
        changed.put("postalCode", "5300001x");
        assertThat(browser.post("/account/personal/check", changed).getBody()).contains(text("validation.postalCode"));
        changed.put("postalCode", "530-0001");
        String confirm = browser.follow(browser.post("/account/personal/check", changed));
        assertThat(confirm).contains("梅田2-2-2", "大阪府", "大阪商事株式会社");
        assertThat(accounts.findById(accountId).orElseThrow().getPersonal().city()).isEqualTo("千代田区");
        browser.follow(browser.post("/account/personal/apply", Map.of()));
        Account account = accounts.findById(accountId).orElseThrow();
        assertThat(account.getPersonal().city()).isEqualTo("大阪市北区");
        assertThat(account.getPersonal().intendedUse()).isEqualTo("転職");
        assertThat(account.getPersonal().submissionPlace()).isEqualTo("大阪商事株式会社");
    }

    @Test
    void shouldRefuseControlAndDirectionCharactersInPersonalData() {
        signedIn();
        browser.page("/account/personal");
        Map<String, String> changed = new java.util.LinkedHashMap<>(Map.of("postalCode", "530-0001",
                "prefecture", "大阪府", "city", "大阪市\u001B北区", "street", "梅田\u202E2-2-2", "building", "\u2066A棟",
                "phone", "06-2222-3333", "mobile", "080-2222-3333", "contactEmail", email, "intendedUse", "転職\n就職"));
        ResponseEntity<String> refused = browser.post("/account/personal/check", changed);
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains(text("validation.plainText"), "city-error", "street-error",
                "building-error", "intendedUse-error");
        assertThat(accounts.findById(accountId).orElseThrow().getPersonal().city()).isEqualTo("千代田区");
    }

    @Test
    void shouldKeepTheChosenLanguageForTheAccount() {
        signedIn();
        assertThat(browser.post("/account/language", Map.of("lang", "en")).getHeaders().getLocation().getPath())
                .isEqualTo("/home");
        assertThat(accounts.findById(accountId).orElseThrow().getLanguage()).isEqualTo("en");
        assertThat(browser.page("/account/applications")).contains(
                HtmlUtils.htmlEscape(messages.getMessage("menu.applicationList", null, Locale.ENGLISH)));
    }

    @Test
    void shouldRefuseAStateChangeWithoutTheCsrfToken() {
        signedIn();
        ResponseEntity<String> forged = browser.post("/account/personal/apply", Map.of("_csrf", "forged"));
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldSendAnExpiredSessionToTheLoginPageWithTheReason() {
        browser.setCookie(base(), "JSESSIONID", "EXPIRED0000000000000000000000000");
        assertThat(browser.get("/home").getHeaders().getLocation().toString()).endsWith("/?timeout");
        assertThat(browser.page("/?timeout")).contains(text("login.timedOut"));
    }

    @Test
    void shouldMarkPagesWithPersonalDataAsNotToBeStored() {
        signedIn();
        ResponseEntity<String> page = browser.get("/account/personal");
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private void signedIn() {
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        browser.page("/");
        assertThat(login(PASSWORD, SECOND_PASSWORD).getHeaders().getLocation().getPath()).isEqualTo("/home");
        browser.page("/home");
    }

    private ResponseEntity<String> login(String password, String secondPassword) {
        return browser.post("/login", Map.of("username", email, "password", password,
                "secondPassword", secondPassword));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, Locale.JAPANESE));
    }
}
