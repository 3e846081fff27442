package jp.shomei.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.Account;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.email.EmailChangeService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestDirectory;
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

/**
 * Current students over HTTP (manual 2.1–2.3) against the embedded directory, with the mails read from the embedded
 * mail server: the first sign-in, the mail address registered through its one-time URL, "Select printing
 * destination" with the directory's student number, the change of address, and what wrong, left, foreign and
 * stale sign-ins and URLs get.
 */
@ShomeiTest
class StudentJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountRepository accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    InMemoryDirectoryServer directoryServer;

    @Autowired
    AccountService accountService;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    EmailChangeService emailChanges;

    Mailbox mailbox;

    @BeforeEach
    void setUp() {
        mailbox = new Mailbox(greenMail);
        throttles.deleteAll();
    }

    @AfterEach
    void resetClockAndThrottles() {
        ClockUtil.reset();
        throttles.deleteAll();
    }

    @Test
    void shouldRegisterTheMailAddressAtTheFirstSignInAndThenReachSelectPrintingDestination() throws Exception {
        String ecsId = TestDirectory.totoStudent("中村 翔", "ナカムラ ショウ", "202703", "在学");
        String email = ecsId + "@example.jp";
        WebClient student = new WebClient(base());

        assertThat(student.page("/students/toto/login")).contains(text("student.login.title", "東都大学"),
                text("student.login.ecsId"), text("student.login.note.firstTime"));
        assertThat(signIn(student, "toto", ecsId).getHeaders().getLocation().getPath())
                .isEqualTo("/students/mail-address");
        // Until an address is set, nothing else opens.
        assertThat(student.get("/home").getHeaders().getLocation().getPath()).isEqualTo("/students/mail-address");
        assertThat(student.page("/students/mail-address")).contains(text("student.mail.title.first"));

        ResponseEntity<String> mismatch = student.post("/students/mail-address",
                Map.of("email", email, "emailConfirm", "other@example.jp"));
        assertThat(mismatch.getBody()).contains(text("validation.emailConfirm"));
        ResponseEntity<String> sent = student.post("/students/mail-address",
                Map.of("email", email, "emailConfirm", email));
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/students/mail-address/sent");
        assertThat(student.follow(sent)).contains(text("student.mail.sent.next.first"));

        String mail = mailbox.awaitMailContaining(email, mailText("mail.student-mail-registration-url.intro"));
        String url = Mailbox.find(mail, "(http://\\S+/students/mail-address/confirm/\\S+)");
        // Opened in another browser, as a phone's mail app does.
        WebClient phone = new WebClient(base());
        String done = phone.page(url.substring(base().length()));
        assertThat(done).contains(text("student.mail.done.title.first"), "/students/toto/login",
                text("student.mail.done.toLogin"));
        assertThat(phone.page(url.substring(base().length()))).contains(text("student.mail.link.CONSUMED.title"));
        Account account = accounts.findByUniversityIdAndEcsId(toto(), ecsId).orElseThrow();
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getPasswordHash()).isNull();

        WebClient again = new WebClient(base());
        ResponseEntity<String> signedIn = signIn(again, "toto", ecsId);
        assertThat(signedIn.getHeaders().getLocation().getPath()).isEqualTo("/home");
        String home = again.follow(signedIn);
        assertThat(home).contains(text("home.title"), ecsId.toUpperCase(), "工学部", "情報工学科",
                text("home.records.expectedGraduation"), "2027-03", "name=\"lang\"")
                .doesNotContain("/account/password", "/account/personal", "/account/student-ids")
                .contains("/students/mail-address");
        assertThat(again.get("/account/password").getStatusCode().value()).isEqualTo(403);
        assertThat(again.get("/account/personal").getStatusCode().value()).isEqualTo(403);

        // The password is the university's: "forgotten password" mails a student nothing.
        int mails = mailbox.count(email);
        WebClient forgotten = new WebClient(base());
        forgotten.page("/password/forgotten");
        assertThat(forgotten.post("/password/forgotten", Map.of("email", email)).getHeaders().getLocation().getPath())
                .isEqualTo("/password/forgotten/sent");
        Thread.sleep(1_000);
        assertThat(mailbox.count(email)).isEqualTo(mails);
    }

    @Test
    void shouldChangeTheMailAddressFromTheMenuWithTheNewAddressTwice() {
        WebClient student = new WebClient(base());
        String ecsId = registered(student, "202703");
        String newEmail = "new-" + ecsId + "@example.jp";

        assertThat(student.page("/students/mail-address")).contains(text("emailChange.title"), ecsId + "@example.jp")
                .doesNotContain("currentPassword");
        ResponseEntity<String> sent = student.post("/students/mail-address",
                Map.of("email", newEmail, "emailConfirm", newEmail));
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/students/mail-address/sent");
        String mail = mailbox.awaitMailContaining(newEmail, mailText("mail.student-mail-change-url.intro"));
        String url = Mailbox.find(mail, "(http://\\S+/students/mail-address/confirm/\\S+)");
        assertThat(student.page(url.substring(base().length()))).contains(text("student.mail.done.title.change"));
        assertThat(accounts.findByUniversityIdAndEcsId(toto(), ecsId).orElseThrow().getEmail()).isEqualTo(newEmail);
        // The old address hears of it, with the student's own login.
        assertThat(mailbox.awaitMailContaining(ecsId + "@example.jp", "/students/toto/login")).isNotEmpty();
        assertThat(student.page("/home")).contains(text("home.title"));
    }

    @Test
    void shouldRefuseAWrongPasswordAnUnknownIdAndALockedEntryAlikeAndThenHoldBack() {
        String ecsId = TestDirectory.totoStudent("山本 陸", "ヤマモト リク", "202803", "在学");
        WebClient stranger = new WebClient(base());
        stranger.page("/students/toto/login");
        ResponseEntity<String> wrong = stranger.post("/students/toto/login",
                Map.of("ecsId", ecsId, "password", "Not-The-Password-1"));
        ResponseEntity<String> unknown = stranger.post("/students/toto/login",
                Map.of("ecsId", "nobody-" + ecsId, "password", TestDirectory.PASSWORD));
        ResponseEntity<String> locked = stranger.post("/students/toto/login",
                Map.of("ecsId", "t24l0015", "password", "Student-Demo-2026"));
        for (ResponseEntity<String> refused : List.of(wrong, unknown, locked)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(401);
            assertThat(refused.getBody()).contains(text("student.login.failed"));
        }
        assertThat(wrong.getBody()).contains("value=\"" + ecsId + "\"").doesNotContain("Not-The-Password-1");

        for (int i = 0; i < 10; i++) {
            stranger.post("/students/toto/login", Map.of("ecsId", ecsId, "password", "Wrong-" + i));
        }
        // Held back now, even with the right password, and told no more than before.
        ResponseEntity<String> held = stranger.post("/students/toto/login",
                Map.of("ecsId", ecsId, "password", TestDirectory.PASSWORD));
        assertThat(held.getStatusCode().value()).isEqualTo(401);
        assertThat(accounts.findByUniversityIdAndEcsId(toto(), ecsId)).isEmpty();
    }

    @Test
    void shouldSayTheUniversitysLoginIsUnavailableWhileItsDirectoryDoesNotAnswer() throws Exception {
        String ecsId = TestDirectory.totoStudent("森 湊", "モリ ミナト", "202803", "在学");
        WebClient student = new WebClient(base());
        student.page("/students/toto/login");
        directoryServer.shutDown(true);
        ResponseEntity<String> down;
        try {
            down = student.post("/students/toto/login", Map.of("ecsId", ecsId, "password", TestDirectory.PASSWORD));
        } finally {
            directoryServer.startListening();
        }
        assertThat(down.getStatusCode().value()).isEqualTo(503);
        assertThat(down.getBody()).contains(text("student.unavailable.title"))
                .doesNotContain(text("student.login.failed"));
        assertThat(signIn(student, "toto", ecsId).getHeaders().getLocation().getPath())
                .isEqualTo("/students/mail-address");
    }

    @Test
    void shouldSendAStudentWhoHasLeftToTheGraduatesService() {
        String ecsId = TestDirectory.totoStudent("佐藤 海", "サトウ カイ", "202503", "卒業");
        WebClient student = new WebClient(base());
        ResponseEntity<String> left = signIn(student, "toto", ecsId);
        assertThat(left.getBody()).contains(text("student.left.title"), "href=\"/register\"");
        assertThat(accounts.findByUniversityIdAndEcsId(toto(), ecsId)).isEmpty();
    }

    @Test
    void shouldRefuseATotoStudentAtSaikyosPageAndAnUnknownUniversity() {
        String ecsId = TestDirectory.totoStudent("木村 空", "キムラ ソラ", "202803", "在学");
        WebClient student = new WebClient(base());
        assertThat(signIn(student, "saikyo", ecsId).getBody()).contains(text("student.login.failed"));
        assertThat(student.get("/students/nowhere/login").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void shouldRefuseAnExpiredAndAForeignUrl() {
        String ecsId = TestDirectory.totoStudent("林 陽", "ハヤシ ヒナタ", "202803", "在学");
        String email = ecsId + "@example.jp";
        WebClient student = new WebClient(base());
        signIn(student, "toto", ecsId);
        student.page("/students/mail-address");
        student.post("/students/mail-address", Map.of("email", email, "emailConfirm", email));
        String url = Mailbox.find(mailbox.awaitMailContaining(email,
                mailText("mail.student-mail-registration-url.intro")), "(http://\\S+/students/mail-address/confirm/\\S+)");

        ClockUtil.offset(31L * 60 * 1000);
        assertThat(new WebClient(base()).page(url.substring(base().length())))
                .contains(text("student.mail.link.EXPIRED.title"));
        ClockUtil.reset();
        assertThat(new WebClient(base()).page("/students/mail-address/confirm/not-a-token"))
                .contains(text("student.mail.link.UNKNOWN.title"));
        assertThat(accounts.findByUniversityIdAndEcsId(toto(), ecsId).orElseThrow().getEmail()).isNull();

        // A graduate's URL is no student's to open without signing in.
        String graduateEmail = "graduate-" + ecsId + "@example.jp";
        Account graduate = TestApplications.totoGraduate(accountService, universities, catalog, graduateEmail,
                "林 陽子", "ハヤシ ヨウコ", "G" + ecsId);
        emailChanges.request(graduate.getId(), "new-" + graduateEmail);
        String token = Mailbox.find(mailbox.awaitMail("new-" + graduateEmail, 1), "/account/email/confirm/(\\S+)");
        assertThat(new WebClient(base()).page("/students/mail-address/confirm/" + token))
                .contains(text("student.mail.link.OTHER_ACCOUNT.title"));
        assertThat(accounts.findById(graduate.getId()).orElseThrow().getEmail()).isEqualTo(graduateEmail);
    }

    @Test
    void shouldOfferTheCertificateOfExpectedGraduationFromTheFinalYearOnAndNothingByPost() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T03:00:00Z")));
        WebClient finalYear = new WebClient(base());
        registered(finalYear, "202703");
        String offered = certificatesFor(finalYear);
        assertThat(offered).contains("在学証明書", "卒業見込証明書").doesNotContain("卒業証明書<");

        WebClient secondYear = new WebClient(base());
        registered(secondYear, "202903");
        assertThat(certificatesFor(secondYear)).contains("在学証明書").doesNotContain("卒業見込証明書");
        assertThat(secondYear.page("/home")).doesNotContain("value=\"POST\"").contains(text("home.issue.postStudents"));
    }

    /** The certificates page of a store order for the student's one student ID. */
    private String certificatesFor(WebClient student) {
        String home = student.page("/home");
        String record = Mailbox.find(home, "name=\"studentRecordId\"[^>]*value=\"(\\d+)\"");
        ResponseEntity<String> started = student.post("/account/orders/new",
                Map.of("studentRecordId", record, "destination", "STORE"));
        return student.follow(started);
    }

    /** A student who has set a mail address, signed in. */
    private String registered(WebClient student, String expectedGraduation) {
        String ecsId = TestDirectory.totoStudent("中村 翔", "ナカムラ ショウ", expectedGraduation, "在学");
        String email = ecsId + "@example.jp";
        signIn(student, "toto", ecsId);
        student.page("/students/mail-address");
        student.post("/students/mail-address", Map.of("email", email, "emailConfirm", email));
        String url = Mailbox.find(mailbox.awaitMailContaining(email,
                mailText("mail.student-mail-registration-url.intro")), "(http://\\S+/students/mail-address/confirm/\\S+)");
        new WebClient(base()).page(url.substring(base().length()));
        assertThat(signIn(student, "toto", ecsId).getHeaders().getLocation().getPath()).isEqualTo("/home");
        return ecsId;
    }

    private ResponseEntity<String> signIn(WebClient client, String university, String ecsId) {
        client.page("/students/" + university + "/login");
        return client.post("/students/" + university + "/login",
                Map.of("ecsId", ecsId, "password", TestDirectory.PASSWORD));
    }

    private Long toto() {
        return universities.findByCode("toto").orElseThrow().getId();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code, Object... args) {
        return HtmlUtils.htmlEscape(mailText(code, args));
    }

    private String mailText(String code, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, Locale.JAPANESE);
    }
}
