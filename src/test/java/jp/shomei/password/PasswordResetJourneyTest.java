package jp.shomei.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomei.account.AccountService;
import jp.shomei.registration.RegistrationProperties;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.AuthEventRepository;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.LoopbackVisitor;
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
import org.springframework.web.util.HtmlUtils;

/** "If you have forgotten your password" (2.4(f)) over HTTP, with the URLs read from the embedded mail server. */
@ShomeiTest
class PasswordResetJourneyTest {

    private static final AtomicInteger graduates = new AtomicInteger();
    private static final String OLD_PASSWORD = "Sakura-Blossom-2031";
    private static final String OLD_SECOND = "Momiji-Leaves-2032";
    private static final String NEW_PASSWORD = "Fuji-Summit-3776m";
    private static final String NEW_SECOND = "Biwa-Lake-Shore-8";
    private static final String RESET_URL = "http://[^/\\s]+(/password/reset/[A-Za-z0-9_-]{43})";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    AuthEventRepository authEvents;

    @Autowired
    PasswordResetRepository resets;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationProperties limits;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MessageSource messages;

    WebClient browser;
    Mailbox mailbox;
    String email;
    Long accountId;

    @BeforeEach
    void setUp() {
        throttles.deleteAll();
        browser = new WebClient(base());
        mailbox = new Mailbox(greenMail);
        email = "forgetful" + graduates.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accountService, universities, catalog, email, "森 花子",
                "モリ ハナコ", "T10A3030").getId();
        accountService.setPasswords(accountId, OLD_PASSWORD, OLD_SECOND);
    }

    @AfterEach
    void resetClockAndThrottles() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldResetBothPasswordsThroughTheMailedUrlAndTellTheOwner() {
        assertThat(browser.page("/")).contains("/password/forgotten");
        assertThat(askForReset(browser, email)).contains(text("forgotten.sent.title"));
        assertThat(mailbox.awaitSubject(email, 1)).isEqualTo(subject("mail.password-reset-url.subject"));
        String url = Mailbox.find(mailbox.awaitMail(email, 1), RESET_URL);

        assertThat(browser.page(url)).contains(text("passwordReset.title"), "name=\"secondPasswordConfirm\"");
        ResponseEntity<String> set = setPasswords(browser, url, NEW_PASSWORD, NEW_SECOND);
        assertThat(set.getHeaders().getLocation().getPath()).isEqualTo("/password/reset/done");
        assertThat(browser.follow(set)).contains(text("passwordReset.done.text"));
        assertThat(mailbox.awaitSubject(email, 2)).isEqualTo(subject("mail.password-reset-done.subject"));

        WebClient graduate = new WebClient(base());
        assertThat(login(graduate, NEW_PASSWORD, NEW_SECOND)).isEqualTo("/home");
        assertThat(graduate.page("/account/applications")).contains("P-",
                text("application.kind.passwordReset"), text("application.step.passwordReset.urlSent"),
                text("application.step.passwordReset.done"));
        assertThat(login(new WebClient(base()), OLD_PASSWORD, OLD_SECOND)).isEqualTo("/?error");
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.PASSWORD_RESET);
        assertThat(browser.page(url)).as("the used URL, replayed").contains(text("passwordReset.link.CONSUMED.title"));
        assertThat(setPasswords(browser, url, "Another-Pass-99", "Another-Second-99").getBody())
                .contains(text("passwordReset.link.CONSUMED.title"));
    }

    @Test
    void shouldAnswerAnUnknownAddressWithTheSamePageAndMailNothing() throws Exception {
        String known = withoutTokens(askForReset(browser, email));
        String stranger = "nobody-" + email;
        String unknown = withoutTokens(askForReset(new WebClient(base()), stranger));

        assertThat(unknown).isEqualTo(known);
        mailbox.awaitMail(email, 1);
        Thread.sleep(1_000);
        assertThat(mailbox.count(stranger)).isZero();
    }

    @Test
    void shouldRefuseExpiredForeignAndUnknownUrlsAndLeadToANewOne() {
        askForReset(browser, email);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), RESET_URL);

        Registration registration = registrationUrl();
        assertThat(browser.page("/password/reset/" + registration.token()))
                .as("a registration's URL").contains(text("passwordReset.link.UNKNOWN.title"));
        assertThat(browser.page("/password/reset/" + "x".repeat(43)))
                .contains(text("passwordReset.link.UNKNOWN.title"), "/password/forgotten");

        ClockUtil.offset(31 * 60 * 1000L);
        assertThat(browser.page(url)).contains(text("passwordReset.link.EXPIRED.title"), "/password/forgotten");
        assertThat(setPasswords(browser, url, NEW_PASSWORD, NEW_SECOND).getBody())
                .contains(text("passwordReset.link.EXPIRED.title"));
        assertThat(accountService.passwordMatches(accountId, OLD_PASSWORD)).isTrue();
    }

    @Test
    void shouldLetOnlyTheNewestUrlWorkAndEndTheEarlierRequest() {
        askForReset(browser, email);
        String first = Mailbox.find(mailbox.awaitMail(email, 1), RESET_URL);
        askForReset(browser, email);
        String second = Mailbox.find(mailbox.awaitMail(email, 2), RESET_URL);

        assertThat(browser.page(first)).contains(text("passwordReset.link.CONSUMED.title"));
        awaitStatuses(List.of(PasswordReset.Status.URL_SENT, PasswordReset.Status.REPLACED));
        assertThat(setPasswords(browser, second, NEW_PASSWORD, NEW_SECOND).getHeaders().getLocation().getPath())
                .isEqualTo("/password/reset/done");
        awaitStatuses(List.of(PasswordReset.Status.DONE, PasswordReset.Status.REPLACED));
    }

    @Test
    void shouldRefusePasswordsThatBreakTheRules() {
        askForReset(browser, email);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), RESET_URL);

        String page = browser.post(url, Map.of("password", "short", "passwordConfirm", "other",
                "secondPassword", "password", "secondPasswordConfirm", "password")).getBody();
        assertThat(page).contains(text("password.mismatch"), text("password.common"), text("passwordReset.title"));
        assertThat(setPasswords(browser, url, NEW_PASSWORD, NEW_PASSWORD).getBody())
                .contains(text("password.sameAsSecond"));
        assertThat(setPasswords(browser, url, OLD_PASSWORD, OLD_SECOND).getBody())
                .contains(text("passwordReset.sameAsOld"), text("passwordReset.sameAsOldSecond"));
        assertThat(accountService.passwordMatches(accountId, OLD_PASSWORD)).isTrue();
        assertThat(setPasswords(browser, url, NEW_PASSWORD, NEW_SECOND).getHeaders().getLocation().getPath())
                .as("the URL still works after refusals").isEqualTo("/password/reset/done");
    }

    @Test
    void shouldLiftTheLoginLock() {
        WebClient someone = new WebClient(base());
        long offset = 0;
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(login(someone, "Wrong-Password-" + failure, OLD_SECOND)).isEqualTo("/?error");
            if (failure < 5) {
                offset += 60_000;
                ClockUtil.offset(offset);
            }
        }
        ClockUtil.offset(offset + 30_000);
        assertThat(login(new WebClient(base()), OLD_PASSWORD, OLD_SECOND)).as("locked").isEqualTo("/?error");
        assertThat(mailbox.awaitSubject(email, 1)).isEqualTo(subject("mail.login-locked.subject"));

        askForReset(browser, email);
        String url = Mailbox.find(mailbox.awaitMail(email, 2), RESET_URL);
        setPasswords(browser, url, NEW_PASSWORD, NEW_SECOND);

        assertThat(login(new WebClient(base()), NEW_PASSWORD, NEW_SECOND)).as("at once").isEqualTo("/home");
    }

    @Test
    void shouldEndTheSessionsSignedInBeforeTheReset() {
        WebClient elsewhere = new WebClient(base());
        assertThat(login(elsewhere, OLD_PASSWORD, OLD_SECOND)).isEqualTo("/home");
        assertThat(elsewhere.page("/home")).contains("T10A3030");

        askForReset(browser, email);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), RESET_URL);
        setPasswords(browser, url, NEW_PASSWORD, NEW_SECOND);

        assertThat(elsewhere.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/");
        assertThat(elsewhere.get("/account/applications").getHeaders().getLocation().getPath())
                .as("the session is gone, not only refused once").isEqualTo("/");
        WebClient after = new WebClient(base());
        assertThat(login(after, NEW_PASSWORD, NEW_SECOND)).isEqualTo("/home");
        assertThat(after.page("/home")).as("a session signed in after the reset").contains("T10A3030");
    }

    @Test
    void shouldMailOneAddressOnlyUpToItsLimitAndAnswerAlike() throws Exception {
        LoopbackVisitor stranger = new LoopbackVisitor(port);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < limits.mailsPerAddress() + 3; i++) {
            pages.add(withoutTokens(askForReset(stranger, email)));
        }

        assertThat(pages).as("the same page, mail or not").containsOnly(pages.get(0));
        mailbox.awaitMail(email, limits.mailsPerAddress());
        Thread.sleep(1_500);
        assertThat(mailbox.count(email)).isEqualTo(limits.mailsPerAddress());
    }

    @Test
    void shouldStopOneClientAtItsLimitWhateverTheAddresses() throws Exception {
        LoopbackVisitor script = new LoopbackVisitor(port);
        String prefix = "flood-" + System.nanoTime() + "-";
        for (int i = 0; i < limits.mailsPerClient(); i++) {
            askForReset(script, prefix + i + "@example.jp");
        }
        assertThat(withoutTokens(askForReset(script, email)))
                .isEqualTo(withoutTokens(askForReset(new LoopbackVisitor(port), "nobody-" + email)));

        Thread.sleep(1_500);
        assertThat(mailbox.count(email)).as("beyond the client's limit, even a registered address").isZero();
        assertThat(resets.findByAccountIdOrderByRequestedAtDesc(accountId)).isEmpty();
        askForReset(new LoopbackVisitor(port), email);
        mailbox.awaitMail(email, 1);
    }

    private String askForReset(WebClient client, String address) {
        assertThat(client.page("/password/forgotten")).contains(text("forgotten.intro"));
        ResponseEntity<String> asked = client.post("/password/forgotten", Map.of("email", address));
        assertThat(asked.getHeaders().getLocation().getPath()).isEqualTo("/password/forgotten/sent");
        return client.follow(asked);
    }

    private String askForReset(LoopbackVisitor client, String address) {
        client.get("/password/forgotten");
        LoopbackVisitor.Response asked = client.post("/password/forgotten", Map.of("email", address));
        assertThat(asked.location()).isEqualTo("/password/forgotten/sent");
        return client.get(asked.location()).body();
    }

    private ResponseEntity<String> setPasswords(WebClient client, String url, String password, String second) {
        return client.post(url, Map.of("password", password, "passwordConfirm", password,
                "secondPassword", second, "secondPasswordConfirm", second));
    }

    private String login(WebClient client, String password, String second) {
        client.page("/");
        ResponseEntity<String> login = client.post("/login", Map.of("username", email, "password", password,
                "secondPassword", second));
        String location = login.getHeaders().getLocation().toString();
        return location.substring(location.indexOf('/', location.indexOf("//") + 2));
    }

    private void awaitStatuses(List<PasswordReset.Status> expected) {
        long deadline = System.currentTimeMillis() + 10_000;
        List<PasswordReset.Status> statuses = List.of();
        while (System.currentTimeMillis() < deadline) {
            statuses = resets.findByAccountIdOrderByRequestedAtDesc(accountId).stream().map(PasswordReset::getStatus)
                    .toList();
            if (statuses.equals(expected)) {
                return;
            }
            Thread.onSpinWait();
        }
        assertThat(statuses).isEqualTo(expected);
    }

    private Registration registrationUrl() {
        String other = "registering-" + System.nanoTime() + "@example.jp";
        registrations.start(other, Locale.JAPANESE);
        return new Registration(Mailbox.find(mailbox.awaitMail(other, 1), "/register/([A-Za-z0-9_-]{43})"));
    }

    private record Registration(String token) {
    }

    /** The page without its per-session tokens, to compare the answers to two visitors. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String subject(String code) {
        return messages.getMessage(code, null, Locale.JAPANESE);
    }

    private String text(String code) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, Locale.JAPANESE));
    }
}
