package jp.shomei.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.AuthEventRepository;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** Change mail address while signed in (2.4(b)) over HTTP, with the URL read from the mail to the new address. */
@ShomeiTest
class EmailChangeJourneyTest {

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
    EmailChangeRepository changes;

    @Autowired
    OneTimeUrls oneTimeUrls;

    @Autowired
    HistoryService historyService;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MessageSource messages;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TransactionTemplate transactions;

    WebClient browser;
    Mailbox mailbox;
    String email;
    String newEmail;
    Long accountId;

    @BeforeEach
    void setUp() {
        throttles.deleteAll();
        browser = new WebClient(base());
        mailbox = new Mailbox(greenMail);
        email = graduate("old");
        newEmail = graduate("new");
        accountId = openAccount(email);
    }

    @AfterEach
    void resetClockAndThrottles() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldChangeTheLoginAddressThroughTheUrlMailedToTheNewAddressAndTellTheOldOne() {
        WebClient elsewhere = new WebClient(base());
        signIn(elsewhere, email);
        signIn(browser, email);
        assertThat(browser.page("/account/email")).contains(text("emailChange.title"), email,
                "name=\"emailConfirm\"", "name=\"currentPassword\"");

        ResponseEntity<String> sent = request(browser, newEmail, newEmail, PASSWORD);
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/account/email/sent");
        assertThat(browser.follow(sent)).contains(text("emailChange.sent.title"), newEmail);
        String url = confirmationUrl(newEmail, 1);

        // Until the URL is opened, the old address is the login.
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(email);
        assertThat(loginFrom(email)).isEqualTo("/home");
        assertThat(loginFrom(newEmail)).isEqualTo("/");

        ResponseEntity<String> confirmed = browser.get(url);
        assertThat(confirmed.getHeaders().getLocation().getPath()).isEqualTo("/account/email/done");
        assertThat(browser.follow(confirmed)).contains(text("emailChange.done.title"), newEmail);
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(newEmail);
        // This session stays signed in, now under the new address; the one elsewhere has ended.
        assertThat(browser.page("/account/email")).contains(newEmail);
        assertThat(elsewhere.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/");

        // The failed login above delays the next attempt with that name by a second; that is not under test here.
        throttles.deleteAll();
        assertThat(loginFrom(newEmail)).isEqualTo("/home");
        assertThat(loginFrom(email)).isEqualTo("/");

        String notice = mailbox.awaitMail(email, 1);
        assertThat(notice).contains(text("mail.email-changed.notYou", false), "n" + "*".repeat(newEmail.indexOf('@') - 1));
        assertThat(notice).doesNotContain(newEmail);
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.EMAIL_CHANGED);

        String list = browser.page("/account/applications");
        assertThat(list).contains(text("emailChange.kind"), text("emailChange.status.CHANGED"),
                text("emailChange.step.requested"), text("emailChange.step.urlSent"), text("emailChange.step.changed"));

        // Opened again: already used.
        assertThat(browser.page(url)).contains(text("emailChange.link.CONSUMED.title"), "/account/email");
    }

    @Test
    void shouldComeBackToTheUrlAfterTheLoginWhenOpenedSignedOut() {
        signIn(browser, email);
        request(browser, newEmail, newEmail, PASSWORD);
        String url = confirmationUrl(newEmail, 1);

        WebClient phone = new WebClient(base());
        assertThat(phone.get(url).getHeaders().getLocation().getPath()).isEqualTo("/");
        phone.page("/");
        ResponseEntity<String> login = phone.post("/login", Map.of("username", email, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD));
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo(url);
        assertThat(phone.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/email/done");
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(newEmail);
    }

    @Test
    void shouldRefuseTheUrlOpenedByAnotherSignedInAccountAndKeepItForTheOwner() {
        signIn(browser, email);
        request(browser, newEmail, newEmail, PASSWORD);
        String url = confirmationUrl(newEmail, 1);

        String otherEmail = graduate("other");
        openAccount(otherEmail);
        WebClient other = new WebClient(base());
        signIn(other, otherEmail);
        assertThat(other.page(url)).contains(text("emailChange.link.OTHER_ACCOUNT.title"),
                text("emailChange.link.OTHER_ACCOUNT.next"));
        assertThat(accounts.findByEmailIgnoreCase(otherEmail)).isPresent();
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(email);

        assertThat(browser.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/email/done");
    }

    @Test
    void shouldRefuseAnAddressInUseWithoutSayingWhoseAndCheckAgainWhenTheUrlIsOpened() {
        String takenEmail = graduate("taken");
        openAccount(takenEmail);
        signIn(browser, email);

        String refused = request(browser, takenEmail.toUpperCase(Locale.ROOT), takenEmail, PASSWORD).getBody();
        assertThat(refused).contains(text("emailChange.unavailable"));
        assertThat(request(browser, email, email, PASSWORD).getBody()).contains(text("emailChange.sameAsCurrent"));
        assertThat(mailbox.count(takenEmail)).isZero();

        // Free when asked, taken by another account before the URL is opened.
        request(browser, newEmail, newEmail, PASSWORD);
        String url = confirmationUrl(newEmail, 1);
        openAccount(newEmail);
        assertThat(browser.page(url)).contains(text("emailChange.link.UNAVAILABLE.title"));
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(email);
    }

    @Test
    void shouldCheckTheCurrentPasswordFirstAndCountAWrongOneAsAFailedLogin() {
        String takenEmail = graduate("taken");
        openAccount(takenEmail);
        signIn(browser, email);

        String wrong = request(browser, takenEmail, takenEmail, "Wrong-Password-1").getBody();
        assertThat(wrong).contains(text("password.currentWrong"));
        assertThat(wrong).doesNotContain(text("emailChange.unavailable"));
        assertThat(authEvents.findByEmailOrderByIdAsc(email)).extracting(AuthEvent::getEvent)
                .contains(AuthEvent.Type.CURRENT_PASSWORD_WRONG);
        assertThat(changes.findByAccountIdOrderByRequestedAtDesc(accountId)).isEmpty();
    }

    @Test
    void shouldRefuseMismatchingAddresses() {
        signIn(browser, email);
        String refused = request(browser, newEmail, "x" + newEmail, PASSWORD).getBody();
        assertThat(refused).contains(text("validation.emailConfirm"));
        assertThat(changes.findByAccountIdOrderByRequestedAtDesc(accountId)).isEmpty();
        assertThat(mailbox.count(newEmail)).isZero();
    }

    @Test
    void shouldExplainAnExpiredUrlAndLeadToAskingAgain() {
        signIn(browser, email);
        request(browser, newEmail, newEmail, PASSWORD);
        String url = confirmationUrl(newEmail, 1);

        ClockUtil.offset(31 * 60 * 1000L);
        String expired = browser.page(url);
        assertThat(expired).contains(text("emailChange.link.EXPIRED.title"), "href=\"/account/email\"");
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(email);
    }

    @Test
    void shouldLetOnlyTheNewestRequestsUrlWork() {
        signIn(browser, email);
        request(browser, newEmail, newEmail, PASSWORD);
        String first = confirmationUrl(newEmail, 1);
        String secondEmail = graduate("second");
        request(browser, secondEmail, secondEmail, PASSWORD);
        String second = confirmationUrl(secondEmail, 1);

        assertThat(browser.page(first)).contains(text("emailChange.link.CONSUMED.title"));
        assertThat(browser.get(second).getHeaders().getLocation().getPath()).isEqualTo("/account/email/done");
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(secondEmail);
        EmailChange replaced = changes.findByAccountIdOrderByRequestedAtDesc(accountId).get(1);
        assertThat(replaced.getStatus()).isEqualTo(EmailChangeStatus.REPLACED);
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(replaced.getProcessInstanceId())
                .activityId(EmailChangeProcess.Elements.END_REPLACED).count()).isEqualTo(1);
    }

    @Test
    void shouldExplainUnknownAndForeignUrls() {
        signIn(browser, email);
        assertThat(browser.page("/account/email/confirm/not-a-token"))
                .contains(text("emailChange.link.UNKNOWN.title"));
        String registrationToken = oneTimeUrls.issue(RegistrationProcess.URL_PURPOSE, accountId, Duration.ofMinutes(30));
        assertThat(browser.page("/account/email/confirm/" + registrationToken))
                .contains(text("emailChange.link.UNKNOWN.title"));
    }

    @Test
    void shouldChangeTheAddressWhenItsUrlIsOpenedWhileTheMailJobIsStillCommitting() throws Exception {
        // The request's mail job is held back, as if it had committed the URL and sent the mail but not yet itself.
        EmailChange change = transactions.execute(status -> {
            assertThat(emailChanges.request(accountId, newEmail)).isEqualTo(EmailChangeService.RequestOutcome.SENT);
            EmailChange started = changes.findByAccountIdAndStatus(accountId, EmailChangeStatus.PENDING).get(0);
            managementService.setJobDuedate(managementService.createJobQuery()
                    .processInstanceId(started.getProcessInstanceId()).singleResult().getId(),
                    new Date(System.currentTimeMillis() + Duration.ofDays(1).toMillis()));
            return started;
        });
        String token = oneTimeUrls.issue(EmailChangeProcess.URL_PURPOSE, change.getId(), Duration.ofMinutes(30));

        CompletableFuture<EmailChangeService.Confirmation> click = CompletableFuture.supplyAsync(
                () -> emailChanges.confirm(token, accountId, "203.0.113.9"));
        Thread.sleep(500);
        assertThat(click).as("the click waits for the process").isNotDone();
        // The mail job's commit: the process reaches its wait for the URL.
        runtimeService.createProcessInstanceModification(change.getProcessInstanceId())
                .startBeforeActivity(EmailChangeProcess.Elements.WAIT_FOR_CONFIRMATION)
                .cancelAllForActivity(EmailChangeProcess.Elements.SEND_CONFIRMATION_URL)
                .execute();

        assertThat(click.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(EmailChangeService.ConfirmOutcome.CHANGED);
        assertThat(accounts.findById(accountId).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(change.getProcessInstanceId())
                .activityId(EmailChangeProcess.Elements.WAIT_FOR_CONFIRMATION).finished().count()).isEqualTo(1);
    }

    private ResponseEntity<String> request(WebClient client, String address, String confirm, String password) {
        client.page("/account/email");
        return client.post("/account/email", Map.of("email", address, "emailConfirm", confirm,
                "currentPassword", password));
    }

    private String confirmationUrl(String to, int count) {
        return Mailbox.find(mailbox.awaitMail(to, count), "http://[^/\\s]+(/account/email/confirm/[A-Za-z0-9_-]{43})");
    }

    /** Logs in from a fresh client and returns where the login led. */
    private String loginFrom(String address) {
        WebClient client = new WebClient(base());
        client.page("/");
        return client.post("/login", Map.of("username", address, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD)).getHeaders().getLocation().getPath();
    }

    private void signIn(WebClient client, String address) {
        client.page("/");
        assertThat(client.post("/login", Map.of("username", address, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD)).getHeaders().getLocation().getPath()).isEqualTo("/home");
        client.page("/home");
    }

    private Long openAccount(String address) {
        Long id = TestApplications.totoGraduate(accountService, universities, catalog, address, "石井 涼子",
                "イシイ リョウコ", "T10A2020").getId();
        accountService.setPasswords(id, PASSWORD, SECOND_PASSWORD);
        return id;
    }

    private static String graduate(String kind) {
        return "n" + kind + graduates.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code) {
        return text(code, true);
    }

    private String text(String code, boolean html) {
        String message = messages.getMessage(code, null, Locale.JAPANESE);
        return html ? HtmlUtils.htmlEscape(message) : message;
    }
}
