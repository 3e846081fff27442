package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.account.SchoolRecord;
import jp.shomei.account.StudentRecordRepository;
import jp.shomei.document.DocumentSide;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient.Upload;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The registration journey over HTTP, with the embedded mail server: the one-time URL and the initial password
 * are read out of the mails the application really sent.
 */
@ShomeiTest
class RegistrationJourneyTest {

    private static final AtomicInteger applicants = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    StudentRecordRepository studentRecords;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Autowired
    RegistrationService registrationService;

    @Autowired
    DraftDocumentRepository draftDocuments;

    @Autowired
    StoredDraftRepository storedDrafts;

    @Autowired
    RegistrationDrafts drafts;

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Autowired
    RegistrationProperties registrationProperties;

    @Autowired
    ServletWebServerApplicationContext webServer;

    WebClient browser;
    Mailbox mailbox;
    String email;

    @BeforeEach
    void setUp() {
        browser = new WebClient("http://localhost:" + port);
        mailbox = new Mailbox(greenMail);
        email = "applicant" + applicants.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRegisterAndMailTheInitialPasswordWhenStaffApprove() {
        String url = requestOneTimeUrl();
        String form = openForm(url);
        assertThat(form).contains("name=\"nameKanji\"", "name=\"frontImage\"");

        String confirm = browser.follow(check(url, validApplication(), frontImage()));
        assertThat(confirm).contains("山田 花子", "ヤマダ ハナコ", "東都大学", "090-1111-2222");

        ResponseEntity<String> submitted = browser.post(url + "/submit", Map.of());
        String received = browser.follow(submitted);
        // A second click, the back button or another tab: still one application.
        ResponseEntity<String> again = browser.post(url + "/submit", Map.of());
        assertThat(again.getHeaders().getLocation().getPath()).isEqualTo("/register/received");
        Registration registration = onlyRegistration();
        String receptionNumber = "R-" + registration.getId();
        assertThat(received).contains(text("received.title"), text("received.number", receptionNumber));
        assertThat(browser.follow(again)).contains(text("received.number", receptionNumber));
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.UNDER_REVIEW);
        assertThat(registration.getSubmissionCount()).isEqualTo(1);
        assertThat(registration.getTermsVersion()).isEqualTo("2024-11");
        assertThat(registration.getTermsAcceptedAt()).isNotNull();

        decideAsStaff(registration, "approve", null);

        String approval = mailbox.awaitMail(email, 2);
        String password = Mailbox.find(approval, "(?m)^\\s*(?:初期パスワード|Initial password)\\s*[:：]\\s*(\\S+)\\s*$");
        Account account = accounts.findByEmailIgnoreCase(email).orElseThrow();
        assertThat(passwordEncoder.matches(password, account.getPasswordHash())).isTrue();
        assertThat(account.getPasswordHash()).startsWith("{argon2}");
        assertThat(account.getSecondPasswordHash()).isNull();
        assertThat(account.getNameKana()).isEqualTo("ヤマダ ハナコ");
        assertThat(account.getPersonal()).as("address, contact and purpose as applied")
                .isEqualTo(registration.getPersonal()).extracting(PersonalDetails::intendedUse).isEqualTo("就職活動");
        assertThat(studentRecords.findByAccountIdOrderByCreatedAtAsc(account.getId())).hasSize(1);
        assertThat(approval).as("the login link opens in the mail's language").contains("http://localhost:18080/?lang=ja",
                messages.getMessage("mail.receptionNumber", new Object[] {receptionNumber}, Locale.JAPANESE));

        // The first login sets both passwords, which ends the registration.
        browser.page("/");
        assertThat(browser.post("/login", Map.of("username", email, "password", password, "secondPassword", ""))
                .getHeaders().getLocation().getPath()).isEqualTo("/password/setup");
        browser.page("/password/setup");
        assertThat(browser.post("/password/setup", Map.of("password", "Hinoki-Forest-2030",
                "passwordConfirm", "Hinoki-Forest-2030", "secondPassword", "Kaede-River-2031",
                "secondPasswordConfirm", "Kaede-River-2031")).getHeaders().getLocation().getPath())
                .isEqualTo("/password/setup/done");
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(registration.getProcessInstanceId()).singleResult().getEndActivityId())
                .isEqualTo(RegistrationProcess.Elements.END_APPROVED);
        assertThat(browser.page("/account/applications")).contains("R-" + registration.getId());
    }

    @Test
    void shouldAskForResubmissionAndTakeTheCorrectedApplication() {
        String url = requestOneTimeUrl();
        openForm(url);
        browser.follow(check(url, validApplication(), frontImage()));
        browser.post(url + "/submit", Map.of());
        decideAsStaff(onlyRegistration(), "resubmit", "住所の番地が本人確認書類と異なります。", "resubmit_address");

        String mail = mailbox.awaitMail(email, 2);
        assertThat(mail).contains("住所の番地が本人確認書類と異なります。");
        String newUrl = Mailbox.find(mail, "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        assertThat(newUrl).isNotEqualTo(url);
        assertThat(browser.page(url)).contains(text("linkProblem.CONSUMED.title"));

        String form = openForm(newUrl);
        assertThat(form).contains("住所の番地が本人確認書類と異なります。", "value=\"山田 花子\"",
                "/document/front", text("form.correctThisSection"));
        assertThat(form.split("needs-correction", -1)).as("only the address section is marked").hasSize(2);
        assertThat(form.indexOf("needs-correction")).isBetween(form.indexOf("section-address") - 200,
                form.indexOf("section-address"));
        Map<String, String> corrected = validApplication();
        corrected.put("street", "本町2-3-4");
        // No new image: the one already submitted is kept.
        browser.follow(check(newUrl, corrected, Map.of()));
        browser.follow(browser.post(newUrl + "/submit", Map.of()));

        Registration registration = onlyRegistration();
        assertThat(registration.getPersonal().street()).isEqualTo("本町2-3-4");
        assertThat(registration.getSubmissionCount()).isEqualTo(2);
        String review = awaitReviewTask(registration).getId();
        assertThat(taskService.getVariableLocal(review, "review_changesSinceLast"))
                .isEqualTo(messages.getMessage("form.street", null, Locale.JAPANESE));
        assertThat(taskService.getVariableLocal(review, "review_changesSinceLast__en"))
                .isEqualTo(messages.getMessage("form.street", null, Locale.ENGLISH));
        decideAsStaff(registration, "approve", null);
        assertThat(mailbox.awaitSubject(email, 3)).isEqualTo(subject("registration-approved"));
    }

    @Test
    void shouldMoveTheExistingAccountToTheNewAddressWhenAReapplicationIsApproved() {
        University toto = universities.findByCode("toto").orElseThrow();
        Map<String, String> application = validApplication();
        String oldEmail = "old-" + email;
        Account existing = accountService.open(oldEmail, "ja",
                new AccountDetails("河野 美智子", "コウノ ミチコ", LocalDate.of(1988, 8, 8), new PersonalDetails("100-0001",
                        "東京都", "千代田区", "千代田1-1", null, "03-1111-2222", "090-1111-2222", oldEmail, "就職活動",
                        "株式会社サンプル", null, null)),
                new SchoolRecord(toto.getId(), Long.valueOf(application.get("departmentId")),
                        Long.valueOf(application.get("subjectId")), Long.valueOf(application.get("degreeProgramId")),
                        "T06A5555", null, null, null, null, YearMonth.of(2010, 3), "GRADUATED"));

        String url = requestOneTimeUrl();
        openForm(url);
        application.put("applicationType", "REAPPLICATION");
        application.put("nameKanji", "河野 美智子");
        application.put("nameKana", "コウノ　ミチコ");
        application.put("birthDate", "1988-08-08");
        application.put("studentNumber", "T06A5555");
        browser.follow(check(url, application, frontImage()));
        browser.follow(browser.post(url + "/submit", Map.of()));

        Registration registration = onlyRegistration();
        assertThat(registration.getMatchedAccountId()).isEqualTo(existing.getId());
        Task review = awaitReviewTask(registration);
        assertThat((String) taskService.getVariableLocal(review.getId(), "review_existingAccount")).contains(oldEmail);
        assertThat((String) taskService.getVariableLocal(review.getId(), "review_differences"))
                .contains(oldEmail + " → " + email).doesNotContain("コウノ");
        decideAsStaff(registration, "approve", null);

        assertThat(mailbox.awaitSubject(email, 2)).isEqualTo(subject("registration-approved"));
        assertThat(mailbox.awaitMail(oldEmail, 1)).contains(RegistrationMails.masked(email));
        Account moved = accounts.findById(existing.getId()).orElseThrow();
        assertThat(moved.getEmail()).isEqualTo(email);
        assertThat(moved.getPasswordHash()).isNotNull();
        assertThat(accounts.findByEmailIgnoreCase(oldEmail)).isEmpty();
        assertThat(studentRecords.findByAccountIdOrderByCreatedAtAsc(existing.getId())).hasSize(1);
    }

    @Test
    void shouldLetAFormerStudentKeepTheMailAddressAndAccountOfTheirStudentDays() {
        University toto = universities.findByCode("toto").orElseThrow();
        Map<String, String> application = validApplication();
        String studentNumber = "T19F" + applicants.get();
        application.put("studentNumber", studentNumber);
        Account student = accountService.signInStudent(toto.getId(), "f" + System.nanoTime(), "ja",
                new AccountDetails("山田 花子", "ヤマダ ハナコ", LocalDate.of(1996, 2, 29), null),
                new SchoolRecord(toto.getId(), Long.valueOf(application.get("departmentId")),
                        Long.valueOf(application.get("subjectId")), Long.valueOf(application.get("degreeProgramId")),
                        studentNumber, "山田 花子", "ヤマダ ハナコ", null, YearMonth.of(2015, 4), YearMonth.of(2019, 3),
                        null));
        accountService.changeEmail(student.getId(), email);

        String url = requestOneTimeUrl();
        openForm(url);
        ResponseEntity<String> checked = check(url, application, frontImage());
        assertThat(checked.getStatusCode().is3xxRedirection()).as(checked.getBody()).isTrue();
        assertThat(browser.follow(checked)).contains(text("confirm.takesOverStudentAccount"));
        browser.follow(browser.post(url + "/submit", Map.of()));

        Registration registration = onlyRegistration();
        assertThat(registration.getMatchedAccountId()).isEqualTo(student.getId());
        Task review = awaitReviewTask(registration);
        assertThat((String) taskService.getVariableLocal(review.getId(), "review_existingAccount"))
                .contains(messages.getMessage("review.studentAccount", null, Locale.JAPANESE), email);
        decideAsStaff(registration, "approve", null);

        assertThat(mailbox.awaitSubject(email, 2)).isEqualTo(subject("registration-approved"));
        Account graduate = accounts.findById(student.getId()).orElseThrow();
        assertThat(graduate.isStudent()).isFalse();
        assertThat(graduate.getEmail()).isEqualTo(email);
        assertThat(graduate.getPasswordHash()).isNotNull();
        assertThat(graduate.getPersonal().postalCode()).isEqualTo("100-0001");
        assertThat(studentRecords.findByAccountIdOrderByCreatedAtAsc(student.getId())).singleElement()
                .satisfies(record -> assertThat(record.getLeavingType()).isEqualTo("GRADUATED"));
    }

    @Test
    void shouldMailTheReasonWhenRejected() {
        String url = requestOneTimeUrl();
        openForm(url);
        browser.follow(check(url, validApplication(), frontImage()));
        browser.post(url + "/submit", Map.of());
        decideAsStaff(onlyRegistration(), "reject", "在籍記録が確認できませんでした。");

        assertThat(mailbox.awaitMail(email, 2)).contains("在籍記録が確認できませんでした。",
                messages.getMessage("mail.receptionNumber", new Object[] {"R-" + onlyRegistration().getId()},
                        Locale.JAPANESE));
        assertThat(accounts.findByEmailIgnoreCase(email)).isEmpty();
        awaitStatus(RegistrationStatus.REJECTED);
    }

    @Test
    void shouldExplainAnExpiredUrlAndSendAFreshOneToTheSameAddress() {
        String url = requestOneTimeUrl();
        ClockUtil.offset(31 * 60 * 1000L);

        String page = browser.page(url);
        assertThat(page).contains(text("linkProblem.EXPIRED.title"), "/register/renew");
        ResponseEntity<String> renewed = browser.post("/register/renew", Map.of("token", tokenOf(url)));
        assertThat(renewed.getHeaders().getLocation().getPath()).isEqualTo("/register/sent");
        String fresh = Mailbox.find(mailbox.awaitMail(email, 2), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        assertThat(browser.page(fresh)).contains("name=\"agree\"");
    }

    @Test
    void shouldFollowTheBrowsersLanguageUntilOneIsChosen() {
        assertThat(browser.page("/")).contains("<html lang=\"ja\">");
        assertThat(browser.get("/", Map.of("Accept-Language", "de-DE,de;q=0.9")).getBody()).contains("<html lang=\"ja\">");
        assertThat(browser.get("/register", Map.of("Accept-Language", "en-GB,en;q=0.9")).getBody())
                .contains("<html lang=\"en\">", english("register.mailAddress.title"));
        assertThat(browser.get("/", Map.of("Accept-Language", "en-US,en;q=0.9")).getBody())
                .contains("<html lang=\"en\">", english("app.name"));

        browser.page("/?lang=ja");
        assertThat(browser.get("/register", Map.of("Accept-Language", "en-US,en;q=0.9")).getBody())
                .as("the choice outweighs the browser").contains("<html lang=\"ja\">");
    }

    @Test
    void shouldOpenTheMailsLinkInTheMailsLanguageInABrowserThatHasNoChoice() {
        registrationService.start(email, Locale.ENGLISH);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43}\\?lang=en)\\s");
        String path = url.substring(0, url.indexOf('?'));

        // Another browser than the one that asked, such as the mail app's, in Japanese and with no choice made.
        assertThat(browser.get(url, Map.of("Accept-Language", "ja-JP,ja;q=0.9")).getBody())
                .contains("<html lang=\"en\">", english("terms.title"), "id=\"lang\"");
        String validUntil = english("form.validUntil", hoursAndMinutes(path));
        assertThat(openForm(path)).contains("<html lang=\"en\">", english("form.title"), "id=\"lang\"", validUntil);
        assertThat(browser.follow(check(path, validApplication(), frontImage())))
                .contains("<html lang=\"en\">", english("confirm.title"), "id=\"lang\"", validUntil);
    }

    @Test
    void shouldRestoreTheFieldsAndImagesOfAnExpiredUrlFromTheNewUrlToTheSameAddress() {
        String url = urlWithoutVisitor(email);
        assertThat(openForm(url)).contains(text("form.validUntil", hoursAndMinutes(url)));
        byte[] front = TestImages.noise(300, 240, 12);
        Map<String, String> entered = validApplication();
        entered.put("studentNumber", "T15A4242");

        // The time runs out while the form is open; "Check" keeps what it brings all the same.
        ClockUtil.offset(31 * 60 * 1000L);
        ResponseEntity<String> late = check(url, entered, Map.of("frontImage", new Upload("id.png", "image/png", front)));
        assertThat(late.getBody()).contains(text("linkProblem.EXPIRED.title"), "/register/renew");
        assertThat(browser.post("/register/renew", Map.of("token", tokenOf(url))).getHeaders().getLocation().getPath())
                .isEqualTo("/register/sent");
        String fresh = Mailbox.find(mailbox.awaitMail(email, 2), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");

        String form = openForm(fresh);
        assertThat(form).contains("value=\"T15A4242\"", "value=\"山田 花子\"", fresh + "/document/front",
                text("form.validUntil", hoursAndMinutes(fresh)));
        assertThat(imageOf(fresh + "/document/front")).isEqualTo(front);
        assertThat(browser.follow(check(fresh, entered, Map.of("frontImage",
                new Upload("", "application/octet-stream", new byte[0]))))).contains("T15A4242");
        browser.follow(browser.post(fresh + "/submit", Map.of()));

        Registration submitted = registrations.findAll().stream()
                .filter(r -> r.getEmail().equals(email) && r.getSubmissionCount() == 1).findFirst().orElseThrow();
        assertThat(submitted.getStudentNumber()).isEqualTo("T15A4242");
        assertThat(registrationService.document(submitted.getId(), DocumentSide.FRONT).orElseThrow().content())
                .isEqualTo(front);
        assertThat(storedDrafts.findAll()).noneMatch(d -> registrations.findById(d.getRegistrationId())
                .orElseThrow().getEmail().equals(email));
        assertThat(registrations.findAll().stream().filter(r -> r.getEmail().equals(email)))
                .allSatisfy(r -> assertThat(draftDocuments.countByRegistrationId(r.getId())).isZero());
    }

    @Test
    void shouldExplainAnUnknownUrl() {
        String page = browser.page("/register/" + "x".repeat(43));
        assertThat(page).contains(text("linkProblem.UNKNOWN.title")).doesNotContain("/register/renew");
    }

    @Test
    void shouldKeepEverythingEnteredAndSayWhatIsWrong() {
        String url = requestOneTimeUrl();
        openForm(url);
        Map<String, String> wrong = validApplication();
        wrong.put("nameKana", "やまだ はなこ");
        wrong.put("postalCode", "12-345");
        wrong.put("matriculation", "2020-04");
        wrong.put("graduation", "2019-03");

        ResponseEntity<String> response = check(url, wrong, frontImage());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody())
                .contains(text("validation.katakana"), text("validation.postalCode"),
                        text("validation.graduationBeforeMatriculation"))
                .contains("value=\"やまだ はなこ\"", "value=\"山田 花子\"", "value=\"12-345\"")
                .contains("/document/front");
    }

    @Test
    void shouldNormalisePostalCodesPhoneNumbersAndDatesAsTyped() {
        String url = requestOneTimeUrl();
        openForm(url);
        // Something that is no postal code is still refused, and shown as typed (in half-width).
        Map<String, String> wrong = validApplication();
        wrong.put("postalCode", "１２３４");
        assertThat(check(url, wrong, frontImage()).getBody()).contains(text("validation.postalCode"), "value=\"1234\"");

        Map<String, String> typed = validApplication();
        typed.put("postalCode", "１０００００４");
        typed.put("employerName", "株式会社サンプル");
        typed.put("employerPostalCode", "1000005");
        typed.put("birthDate", "１９９６/２/２９");
        typed.put("matriculation", "2015年4月");
        typed.put("graduation", "２０１９－０３");
        typed.put("phone", "０３ー３３３３ー４４４４");
        typed.put("mobile", "09055556666");
        String confirm = browser.follow(check(url, typed, frontImage()));
        assertThat(confirm).contains("100-0004", "100-0005", "1996-02-29", "2015-04", "2019-03", "03-3333-4444",
                "090-5555-6666").doesNotContain("１０００００４", "1000005", "2015年4月", "09055556666");

        browser.post(url + "/submit", Map.of());
        Registration registration = onlyRegistration();
        assertThat(registration.getPersonal().postalCode()).isEqualTo("100-0004");
        assertThat(registration.getPersonal().employerPostalCode()).isEqualTo("100-0005");
        assertThat(registration.getPersonal().mobile()).isEqualTo("090-5555-6666");
        assertThat(registration.getBirthDate()).isEqualTo(java.time.LocalDate.of(1996, 2, 29));
    }

    @Test
    void shouldRefuseFilesThatAreNotImagesWhateverTheirName() {
        String url = requestOneTimeUrl();
        openForm(url);

        ResponseEntity<String> notAnImage = check(url, validApplication(),
                Map.of("frontImage", new Upload("license.png", "image/png", "not an image".getBytes())));
        assertThat(notAnImage.getBody()).contains(text("document.notAnImage"));

        ResponseEntity<String> bmp = check(url, validApplication(),
                Map.of("frontImage", new Upload("license.png", "image/png", TestImages.image("bmp", 640, 400))));
        assertThat(bmp.getBody()).contains(text("document.wrongType"));

        ResponseEntity<String> tiny = check(url, validApplication(),
                Map.of("frontImage", new Upload("license.png", "image/png", TestImages.image("png", 50, 50))));
        assertThat(tiny.getBody()).contains(HtmlUtils.htmlEscape(
                messages.getMessage("document.tooSmall", new Object[] {200}, Locale.JAPANESE)));

        ResponseEntity<String> gif = check(url, validApplication(),
                Map.of("frontImage", new Upload("license.jpeg", "image/jpeg", TestImages.image("gif", 640, 400))));
        assertThat(gif.getStatusCode().is3xxRedirection()).isTrue();
    }

    @Test
    void shouldRefuseControlAndDirectionCharactersInFreeText() {
        String url = requestOneTimeUrl();
        openForm(url);
        Map<String, String> hidden = validApplication();
        hidden.put("nameKanji", "山田 花\u0000子");
        hidden.put("schoolNameKanji", "山田 \u202E子花");
        hidden.put("city", "千代田区\u001B[2J");
        hidden.put("street", "千代田1-1\r\n別の住所");
        hidden.put("building", "\u2066サンプルビル\u2069 3階");
        hidden.put("intendedUse", "就職\u202D活動");
        hidden.put("submissionPlace", "株式会社\u0085サンプル");
        hidden.put("employerName", "株式会社\u2067サンプル");

        ResponseEntity<String> response = check(url, hidden, frontImage());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains(text("validation.plainText"), "nameKanji-error",
                "schoolNameKanji-error", "city-error", "street-error", "building-error", "intendedUse-error",
                "submissionPlace-error", "employerName-error");

        browser.page(url + "/form?lang=en");
        String english = HtmlUtils.htmlEscape(messages.getMessage("validation.plainText", null, Locale.ENGLISH));
        hidden = validApplication();
        hidden.put("contactEmail", "applicant\u202E@example.jp");
        assertThat(check(url, hidden, Map.of()).getBody()).contains("contactEmail-error", english);
        assertThat(browser.post("/register", Map.of("email", "a\u202E@example.jp", "emailConfirm",
                "a\u202E@example.jp")).getBody()).contains("email-error", english);
    }

    @Test
    void shouldRefuseAnEmptyChosenFileButKeepTheImageWhenNoneIsChosen() {
        String url = requestOneTimeUrl();
        openForm(url);
        browser.follow(check(url, validApplication(), frontImage()));

        ResponseEntity<String> empty = check(url, validApplication(),
                Map.of("frontImage", new Upload("license.png", "image/png", new byte[0])));
        assertThat(empty.getStatusCode().value()).isEqualTo(200);
        assertThat(empty.getBody()).contains(text("document.unreadable"));

        ResponseEntity<String> nothingChosen = check(url, validApplication(),
                Map.of("frontImage", new Upload("", "application/octet-stream", new byte[0])));
        assertThat(nothingChosen.getHeaders().getLocation().getPath()).isEqualTo(url + "/confirm");
    }

    @Test
    void shouldShowTheFormAgainWithTheSizeErrorForALargeUpload() {
        String url = requestOneTimeUrl();
        openForm(url);

        ResponseEntity<String> large = check(url, validApplication(),
                Map.of("frontImage", new Upload("scan.png", "image/png", new byte[27 * 1024 * 1024])));
        assertThat(large.getStatusCode().value()).isEqualTo(200);
        assertThat(large.getBody()).contains(HtmlUtils.htmlEscape(
                messages.getMessage("document.tooLarge", new Object[] {5}, Locale.JAPANESE)))
                .contains("value=\"山田 花子\"", "value=\"千代田1-1\"");
    }

    @Test
    void shouldExplainTheLimitAndLeadBackWhenAnUploadExceedsWhatTheServerReads() {
        String url = requestOneTimeUrl();
        openForm(url);

        ResponseEntity<String> tooLarge = check(url, validApplication(),
                Map.of("frontImage", new Upload("scan.png", "image/png", new byte[31 * 1024 * 1024])));
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(tooLarge.getBody()).contains(text("error.413.title"),
                HtmlUtils.htmlEscape(messages.getMessage("error.413.limit", new Object[] {30, 5}, Locale.JAPANESE)),
                "href=\"" + url + "/check\"");
        assertThat(browser.get(url + "/check").getHeaders().getLocation().getPath()).isEqualTo(url + "/form");
    }

    @Test
    void shouldTakeTwoSimultaneousSubmissionsAsOneAndShowTheReceptionToBoth() throws Exception {
        String url = requestOneTimeUrl();
        openForm(url);
        browser.follow(check(url, validApplication(), frontImage()));

        // A network retry or a second tab: the same session sends the same submission twice at once.
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<ResponseEntity<String>> click = () -> {
            together.await();
            return browser.post(url + "/submit", Map.of());
        };
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> answers = clicks.invokeAll(List.of(click, click));
            for (Future<ResponseEntity<String>> answer : answers) {
                assertThat(answer.get().getStatusCode().is3xxRedirection()).as(answer.get().getBody()).isTrue();
                assertThat(answer.get().getHeaders().getLocation().getPath()).isEqualTo("/register/received");
            }
        } finally {
            clicks.shutdown();
        }
        assertThat(onlyRegistration().getSubmissionCount()).isEqualTo(1);
    }

    @Test
    void shouldKeepNoImagesInTheSessionsOfOpenDrafts() throws Exception {
        byte[] front = TestImages.noise(600, 600, 1);
        byte[] back = TestImages.noise(600, 600, 2);
        assertThat(front.length + back.length).isGreaterThan(2_000_000);
        Map<String, WebClient> drafts = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            browser = new WebClient("http://localhost:" + port);
            String url = urlWithoutVisitor("drafts-" + i + "-" + email);
            openForm(url);
            assertThat(browser.follow(check(url, applicationWithBackSide(), Map.of(
                    "frontImage", new Upload("front.png", "image/png", front),
                    "backImage", new Upload("back.png", "image/png", back)))))
                    .contains("/document/front", "/document/back");
            drafts.put(url, browser);
        }

        Manager sessions = ((Context) ((TomcatWebServer) webServer.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        for (Map.Entry<String, WebClient> draft : drafts.entrySet()) {
            HttpSession session = sessions.findSession(draft.getValue().cookie("JSESSIONID")).getSession();
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
                for (String name : Collections.list(session.getAttributeNames())) {
                    out.writeObject(session.getAttribute(name));
                }
            }
            assertThat(serialized.size()).as("the session of " + draft.getKey()).isLessThan(16 * 1024);
            // The images are there all the same, for the confirmation page and for the submission.
            browser = draft.getValue();
            assertThat(browser.page(draft.getKey() + "/confirm")).contains("/document/back");
            assertThat(imageOf(draft.getKey() + "/document/front")).isEqualTo(front);
            assertThat(imageOf(draft.getKey() + "/document/back")).isEqualTo(back);
        }
    }

    @Test
    void shouldDeleteTheDraftWhenTheUrlIsUsedOrItsRetentionAfterTheExpiryEnds() {
        String used = urlWithoutVisitor(email);
        openForm(used);
        browser.follow(check(used, applicationWithBackSide(), Map.of("frontImage", frontImage().get("frontImage"),
                "backImage", new Upload("back.png", "image/png", TestImages.png()))));
        Registration submitted = onlyRegistration();
        assertThat(draftDocuments.countByRegistrationId(submitted.getId())).isEqualTo(2);
        browser.follow(browser.post(used + "/submit", Map.of()));
        assertThat(draftDocuments.countByRegistrationId(submitted.getId())).isZero();
        assertThat(registrationService.document(submitted.getId(), DocumentSide.BACK)).isPresent();

        String otherEmail = "expiring-" + email;
        browser = new WebClient("http://localhost:" + port);
        String expiring = urlWithoutVisitor(otherEmail);
        openForm(expiring);
        check(expiring, applicationWithBackSide(), frontImage());
        Registration expired = registrations.findAll().stream().filter(r -> r.getEmail().equals(otherEmail))
                .findFirst().orElseThrow();
        assertThat(draftDocuments.countByRegistrationId(expired.getId())).isEqualTo(1);
        ClockUtil.offset(31 * 60 * 1000L);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline
                && registrations.findById(expired.getId()).orElseThrow().getStatus() != RegistrationStatus.EXPIRED) {
            sleep();
        }
        assertThat(registrations.findById(expired.getId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(draftDocuments.countByRegistrationId(expired.getId())).as("kept for a new URL").isEqualTo(1);
        assertThat(storedDrafts.findById(expired.getId())).isPresent();

        // Once the retention is over, a new URL from the expired one no longer finds it, even before the sweep.
        ClockUtil.offset(registrationProperties.draftRetention().plusMinutes(31).toMillis());
        browser = new WebClient("http://localhost:" + port);
        assertThat(browser.page(expiring)).contains(text("linkProblem.EXPIRED.title"), "/register/renew");
        assertThat(browser.post("/register/renew", Map.of("token", tokenOf(expiring))).getHeaders().getLocation()
                .getPath()).isEqualTo("/register/sent");
        String renewed = Mailbox.find(mailbox.awaitMail(otherEmail, 2),
                "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        assertThat(openForm(renewed)).doesNotContain(renewed + "/document/front");
        Registration renewal = registrations.findAll().stream()
                .filter(r -> r.getEmail().equals(otherEmail) && !r.getId().equals(expired.getId()))
                .findFirst().orElseThrow();
        assertThat(draftDocuments.countByRegistrationId(renewal.getId())).isZero();

        // The minute's sweep clears it away.
        assertThat(scheduledTasks.getScheduledTasks()).map(task -> task.getTask().toString())
                .contains(RegistrationDrafts.class.getName() + ".deleteEnded");
        drafts.deleteEnded();
        assertThat(draftDocuments.countByRegistrationId(expired.getId())).isZero();
        assertThat(storedDrafts.findById(expired.getId())).isEmpty();
        assertThat(storedDrafts.findById(renewal.getId())).as("a live draft stays").isPresent();
    }

    @Test
    void shouldKeepTheEngineRestApiClosedToAnonymousCallers() {
        ResponseEntity<String> anonymous = browser.get("/engine-rest/task");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    private String requestOneTimeUrl() {
        assertThat(browser.page("/register")).contains("name=\"emailConfirm\"");
        ResponseEntity<String> sent = browser.post("/register", Map.of("email", email, "emailConfirm", email));
        assertThat(browser.follow(sent)).contains(text("register.sent.title"));
        String mail = mailbox.awaitMail(email, 1);
        return Mailbox.find(mail, "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
    }

    /**
     * A one-time URL for the address, started as the mail address page does but without counting against the mail
     * limits of this test client's address, which every test here shares.
     */
    private String urlWithoutVisitor(String address) {
        registrationService.start(address, Locale.JAPANESE);
        return Mailbox.find(mailbox.awaitMail(address, 1), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
    }

    private byte[] imageOf(String url) {
        ResponseEntity<byte[]> image = RestClient.create("http://localhost:" + port).get().uri(url)
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).retrieve().toEntity(byte[].class);
        assertThat(image.getStatusCode().value()).as(url).isEqualTo(200);
        return image.getBody();
    }

    private String openForm(String url) {
        assertThat(browser.page(url)).contains("name=\"agree\"");
        return browser.follow(browser.post(url + "/agree", Map.of("agree", "true")));
    }

    private ResponseEntity<String> check(String url, Map<String, String> fields, Map<String, Upload> files) {
        return browser.postMultipart(url + "/check", fields, files);
    }

    private Map<String, String> applicationWithBackSide() {
        Map<String, String> application = validApplication();
        University toto = universities.findByCode("toto").orElseThrow();
        application.put("documentTypeId", catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId()) && t.isBackSideAllowed())
                .findFirst().orElseThrow().getId().toString());
        return application;
    }

    private Map<String, Upload> frontImage() {
        return Map.of("frontImage", new Upload("license.png", "image/png", TestImages.png()));
    }

    private Map<String, String> validApplication() {
        return TestApplications.totoApplicationFields(universities, catalog, email, type -> true);
    }

    /** Staff claim and complete the review through the engine's REST API, as Tasklist does. */
    private void decideAsStaff(Registration registration, String decision, String reason,
            String... sectionsToCorrect) {
        Task task = awaitReviewTask(registration);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "staff-toto".equals(link.getGroupId()));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("decision", Map.of("value", decision, "type", "String"));
        if (reason != null) {
            variables.put("decisionReason", Map.of("value", reason, "type", "String"));
        }
        for (String section : sectionsToCorrect) {
            variables.put(section, Map.of("value", true, "type", "Boolean"));
        }
        engineRest("/task/" + task.getId() + "/claim", Map.of("userId", "toto-staff"));
        engineRest("/task/" + task.getId() + "/complete", Map.of("variables", variables));
    }

    private void engineRest(String path, Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                    .header("Authorization", "Basic "
                            + Base64.getEncoder().encodeToString("toto-staff:Staff-Demo-2026".getBytes()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Task awaitReviewTask(Registration registration) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<Task> tasks = taskService.createTaskQuery()
                    .processInstanceBusinessKey(registration.getId().toString())
                    .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).list();
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            sleep();
        }
        throw new AssertionError("No review task for registration " + registration.getId());
    }

    private void awaitStatus(RegistrationStatus status) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && onlyRegistration().getStatus() != status) {
            sleep();
        }
        assertThat(onlyRegistration().getStatus()).isEqualTo(status);
    }

    private Registration onlyRegistration() {
        List<Registration> found = registrations.findAll().stream().filter(r -> r.getEmail().equals(email)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String text(String code, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, args, Locale.JAPANESE));
    }

    private String english(String code, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, args, Locale.ENGLISH));
    }

    /** The time, in Japan, until which the one-time URL is valid, as the form and the confirmation show it. */
    private String hoursAndMinutes(String url) {
        return registrationService.checkUrl(tokenOf(url)).token().getExpiresAt().atZone(ZoneId.of("Asia/Tokyo"))
                .format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private String subject(String mail) {
        return messages.getMessage("mail." + mail + ".subject", null, Locale.JAPANESE);
    }

    private static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
