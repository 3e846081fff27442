package jp.shomei.studentid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.account.AccountService;
import jp.shomei.account.SchoolRecord;
import jp.shomei.account.StudentRecord;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.EngineRest;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * Adding a student ID (manual 2.3) over HTTP: a signed-in graduate clicks "Send", opens the one-time URL read from
 * the mail (only as the same account, and only the newest, unused and unexpired one) and applies, Toto's staff
 * decide through the engine's REST API, and the result reaches the mailbox, the printing destinations and the
 * application list. One university's staff cannot see or decide another's, and a student ID joins one account only.
 */
@ShomeiTest
class AddStudentIdJourneyTest {

    private static final String PASSWORD = "Graduate-Test-2026";
    private static final String SECOND_PASSWORD = "Second-Test-2026";
    private static final AtomicInteger GRADUATES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    TaskService taskService;

    @Autowired
    StudentIdApplicationRepository applications;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MessageSource messages;

    @Autowired
    HistoryService historyService;

    @Autowired
    OneTimeUrls oneTimeUrls;

    private Mailbox mailbox;
    private WebClient graduate;
    private String email;
    private Long accountId;

    @BeforeEach
    void signedInGraduate() {
        throttles.deleteAll();
        mailbox = new Mailbox(greenMail);
        email = "student-id" + GRADUATES.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accounts, universities, catalog, email, "石井 涼子", "イシイ リョウコ",
                unique("T")).getId();
        graduate = signIn(email, accountId);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldAddTheApprovedStudentIdToThePrintingDestinations() throws Exception {
        String number = unique("G");
        assertThat(new WebClient(base()).get("/account/student-ids").getStatusCode().is3xxRedirection()).isTrue();
        String start = graduate.page("/account/student-ids");
        assertThat(start).contains(text("studentId.title"), text("studentId.request.note.url"),
                text("studentId.request.send"), "name=\"_csrf\"").doesNotContain("name=\"studentNumber\"");
        assertThat(new WebClient(base()).post("/account/student-ids/send", Map.of()).getStatusCode().value())
                .isEqualTo(403);

        String url = formUrl(graduate, email);
        assertThat(mailbox.awaitSubject(email, 1)).isEqualTo(message("mail.student-id-url.subject"));
        assertThat(mailbox.awaitMail(email, 1)).contains(message("mail.student-id-url.action"),
                base() + "/account/student-ids");
        assertThat(graduate.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/form");
        assertThat(graduate.page("/account/student-ids/form")).contains("name=\"studentNumber\"");
        Long applicationId = applyOnForm(graduate, number);
        assertThat(graduate.page(url)).contains(text("studentId.link.CONSUMED.title"), "/account/applications");

        Task review = reviewTask(applicationId);
        assertThat(review.getTenantId()).isEqualTo("toto");
        Set<String> used = new HashSet<>();
        Matcher bound = Pattern.compile("\\b(review_[A-Za-z]+)\\b")
                .matcher(Files.readString(Path.of(StudentIdReviewProcess.FORM_RESOURCE)));
        while (bound.find()) {
            used.add(bound.group(1));
        }
        assertThat(used).contains("review_existingRecords", "review_studentNumber", "review_documentFront");
        assertThat(taskService.getVariablesLocal(review.getId()).keySet()).containsAll(used);
        String shown = rest("toto-staff", "GET", "/task/" + review.getId() + "/form-variables", null).body();
        assertThat(shown).contains(number, "石井 涼子", "/staff/student-ids/" + applicationId + "/documents/front");
        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.get("/staff/student-ids/" + applicationId + "/documents/front").getStatusCode().value())
                .isEqualTo(200);
        assertThat(staff.get("/camunda/api/engine/engine/default/task/" + review.getId() + "/deployed-form").getBody())
                .contains("review-student-id");

        assertThat(rest("toto-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}").statusCode()).isEqualTo(204);

        assertThat(mailbox.awaitMailContaining(email, number)).contains(message("mail.student-id-approved.intro"));
        assertThat(graduate.page("/home")).contains(number);
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameLike("review\\_%")
                .processInstanceIdIn(review.getProcessInstanceId()).count()).isZero();
        assertThat(graduate.page("/account/applications")).contains("S-" + applicationId,
                text("application.kind.studentId"), text("studentId.status.APPROVED"),
                text("application.step.studentId.urlRequested"), text("application.step.studentId.urlSent"),
                text("application.step.submitted"));
    }

    @Test
    void shouldComeBackToTheUrlAfterTheLoginWhenOpenedSignedOut() {
        String url = formUrl(graduate, email);

        WebClient phone = new WebClient(base());
        assertThat(phone.get(url).getHeaders().getLocation().getPath()).isEqualTo("/");
        phone.page("/");
        ResponseEntity<String> login = phone.post("/login", Map.of("username", email, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD));
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo(url);
        assertThat(phone.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/form");
        assertThat(phone.page("/account/student-ids/form")).contains("name=\"studentNumber\"");
    }

    @Test
    void shouldRefuseTheUrlOpenedByAnotherSignedInAccountAndKeepItForTheOwner() {
        String url = formUrl(graduate, email);
        String othersEmail = "other-" + System.nanoTime() + "@example.jp";
        Long othersId = TestApplications.totoGraduate(accounts, universities, catalog, othersEmail, "他人 三郎",
                "タニン サブロウ", unique("O")).getId();
        WebClient other = signIn(othersEmail, othersId);

        assertThat(other.page(url)).contains(text("studentId.link.OTHER_ACCOUNT.title"),
                text("studentId.link.OTHER_ACCOUNT.next"));
        assertThat(other.get("/account/student-ids/form").getHeaders().getLocation().getPath())
                .isEqualTo("/account/student-ids");

        assertThat(graduate.get(url).getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/form");
    }

    @Test
    void shouldExplainAnExpiredUrlAndLeadToAskingAgain() {
        String url = formUrl(graduate, email);
        graduate.get(url);

        ClockUtil.offset(31 * 60 * 1000L);
        assertThat(graduate.page(url)).contains(text("studentId.link.EXPIRED.title"),
                "href=\"/account/student-ids\"");
        // A form opened in time cannot be applied once the URL has expired.
        checked(graduate, unique("L"));
        assertThat(graduate.page("/account/student-ids/confirm")).doesNotContain(text("studentId.link.EXPIRED.title"));
        assertThat(graduate.post("/account/student-ids/apply", Map.of()).getBody())
                .contains(text("studentId.link.EXPIRED.title"));
    }

    @Test
    void shouldLetOnlyTheNewestUrlWorkAndEndTheReplacedApplication() {
        String first = formUrl(graduate, email);
        String second = formUrl(graduate, email);

        assertThat(graduate.page(first)).contains(text("studentId.link.REPLACED.title"));
        assertThat(graduate.get(second).getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/form");
        StudentIdApplication replaced = applications.findByAccountIdOrderByCreatedAtAsc(accountId).get(0);
        assertThat(replaced.getStatus()).isEqualTo(StudentIdStatus.REPLACED);
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(replaced.getProcessInstanceId())
                .activityId(AddStudentIdProcess.Elements.END_REPLACED).count()).isEqualTo(1);
        assertThat(graduate.page("/account/applications")).contains(text("studentId.status.REPLACED"),
                text("application.step.studentId.replaced"), text("studentId.status.URL_SENT"));
    }

    @Test
    void shouldSendNoMoreThanThreeUrlsInTheUrlsValidity() {
        for (int send = 0; send < 3; send++) {
            formUrl(graduate, email);
        }
        int mails = mailbox.count(email);
        ResponseEntity<String> fourth = graduate.post("/account/student-ids/send", Map.of());
        assertThat(fourth.getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids");
        assertThat(graduate.page("/account/student-ids")).contains(text("studentId.request.heldBack"));
        assertThat(applications.findByAccountIdOrderByCreatedAtAsc(accountId)).hasSize(3);
        assertThat(mailbox.count(email)).isEqualTo(mails);
    }

    @Test
    void shouldExplainUnknownAndForeignUrls() {
        assertThat(graduate.page("/account/student-ids/url/not-a-token"))
                .contains(text("studentId.link.UNKNOWN.title"), "href=\"/account/student-ids\"");
        String registrationToken = oneTimeUrls.issue(RegistrationProcess.URL_PURPOSE, accountId, Duration.ofMinutes(30));
        assertThat(graduate.page("/account/student-ids/url/" + registrationToken))
                .contains(text("studentId.link.UNKNOWN.title"));
    }

    @Test
    void shouldKeepAnotherUniversitysStaffAndForeignVariablesOut() throws Exception {
        Long applicationId = apply(graduate, unique("G"));
        Task review = reviewTask(applicationId);

        assertThat(rest("saikyo-staff", "GET", "/task/" + review.getId(), null).statusCode()).isEqualTo(404);
        assertThat(rest("saikyo-staff", "GET", "/task", null).body()).doesNotContain(review.getId());
        assertThat(rest("saikyo-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}").statusCode()).isNotEqualTo(204);
        WebClient saikyo = new WebClient(base());
        saikyo.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        assertThat(saikyo.get("/staff/student-ids/" + applicationId + "/documents/front").getStatusCode().value())
                .isEqualTo(404);

        HttpResponse<String> forged = rest("toto-staff", "PUT", "/task/" + review.getId() + "/variables/applicationId",
                "{\"value\":1,\"type\":\"Long\"}");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("applicationId", "resubmit_document");
        assertThat(rest("toto-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"},\"resubmit_address\":{\"value\":true}}}")
                .statusCode()).isEqualTo(400);
        assertThat(rest("toto-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"reject\"}}}").statusCode()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(applications.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(StudentIdStatus.UNDER_REVIEW);
    }

    @Test
    void shouldMailTheReasonOfARejection() throws Exception {
        Long applicationId = apply(graduate, unique("G"));

        complete(applicationId, "{\"decision\":{\"value\":\"reject\"},"
                + "\"decisionReason\":{\"value\":\"Not enrolled under this number\"}}");

        assertThat(mailbox.awaitMailContaining(email, "Not enrolled under this number"))
                .contains(message("mail.student-id-rejected.intro"));
        assertThat(applications.findById(applicationId).orElseThrow().getStatus()).isEqualTo(StudentIdStatus.REJECTED);
        assertThat(graduate.page("/account/applications")).contains(text("studentId.status.REJECTED"),
                "Not enrolled under this number");
    }

    @Test
    void shouldLetTheGraduateCorrectAndApplyAgainAfterAResubmissionRequest() throws Exception {
        String number = unique("G");
        Long applicationId = apply(graduate, number);

        complete(applicationId, "{\"decision\":{\"value\":\"resubmit\"},"
                + "\"decisionReason\":{\"value\":\"The image is blurred\"},\"resubmit_document\":{\"value\":true}}");
        assertThat(mailbox.awaitMailContaining(email, "The image is blurred")).contains(base() + "/account/student-ids");
        assertThat(applications.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(StudentIdStatus.RESUBMISSION_REQUESTED);

        String form = graduate.page("/account/student-ids");
        assertThat(form).contains("The image is blurred", number, "needs-correction");
        ResponseEntity<String> check = graduate.postMultipart("/account/student-ids/check", fields(number),
                Map.of("frontImage", new WebClient.Upload("sharp.png", "image/png", TestImages.image("png", 800, 500))));
        assertThat(check.getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/confirm");
        assertThat(graduate.page("/account/student-ids/confirm")).contains(number, text("leavingType.GRADUATED"),
                "/account/student-ids/document/front");
        assertThat(graduate.post("/account/student-ids/apply", Map.of()).getHeaders().getLocation().getPath())
                .isEqualTo("/account/student-ids/received");

        assertThat(applications.findById(applicationId).orElseThrow().getSubmissionCount()).isEqualTo(2);
        complete(applicationId, "{\"decision\":{\"value\":\"approve\"}}");
        mailbox.awaitMailContaining(email, message("mail.student-id-approved.intro"));
        assertThat(graduate.page("/home")).contains(number);
        assertThat(graduate.page("/account/applications")).contains(text("application.step.resubmitted"));
    }

    @Test
    void shouldAttachAStudentIdToOneAccountOnly() throws Exception {
        String taken = accounts.studentRecords(accountId).get(0).getStudentNumber();
        // The graduate's own student ID, and one another account has, alike
        assertThat(checked(graduate, email, taken).getBody()).contains(text("studentId.notAvailable"));
        String othersEmail = "other-" + System.nanoTime() + "@example.jp";
        String othersNumber = unique("O");
        Long othersId = TestApplications.totoGraduate(accounts, universities, catalog, othersEmail, "他人 次郎",
                "タニン ジロウ", othersNumber).getId();
        assertThat(checked(graduate, email, othersNumber.toLowerCase(Locale.ROOT)).getBody())
                .contains(text("studentId.notAvailable"));

        // One applied for and still under review is refused to another account too
        String pending = unique("P");
        Long applicationId = apply(graduate, pending);
        WebClient other = signIn(othersEmail, othersId);
        assertThat(checked(other, othersEmail, pending).getBody()).contains(text("studentId.notAvailable"));

        // And an approval checks again: an account that got the student ID meanwhile keeps it alone
        StudentRecord othersRecord = accounts.studentRecords(othersId).get(0);
        accounts.addStudentRecord(othersId, new SchoolRecord(othersRecord.getUniversityId(),
                othersRecord.getDepartmentId(), othersRecord.getSubjectId(), othersRecord.getDegreeProgramId(), pending,
                null, null, null, null, othersRecord.getGraduation(), "GRADUATED"));
        complete(applicationId, "{\"decision\":{\"value\":\"approve\"}}");
        assertThat(mailbox.awaitMailContaining(email, message("mail.student-id-already-registered.intro")))
                .contains(pending);
        assertThat(applications.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(StudentIdStatus.ALREADY_REGISTERED);
        assertThat(accounts.studentRecords(accountId)).extracting(StudentRecord::getStudentNumber)
                .doesNotContain(pending);
    }

    @Test
    void shouldHaveEveryTextOfTheReviewFormInJapaneseAndEnglish() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of(StudentIdReviewProcess.FORM_RESOURCE)));
        Map<String, String> texts = new LinkedHashMap<>();
        texts(form, "camundaForm." + form.get("id").asText() + ".", texts);

        assertThat(texts).hasSizeGreaterThan(25);
        texts.forEach((key, written) -> {
            assertThat(messages.getMessage(key, null, null, Locale.JAPANESE)).as(key).isEqualTo(written);
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotBlank()
                    .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        });
    }

    private static void texts(JsonNode node, String prefix, Map<String, String> texts) {
        for (JsonNode component : node.path("components")) {
            String key = prefix + component.path("id").asText() + ".";
            for (String text : List.of("label", "text", "alt", "description")) {
                if (component.hasNonNull(text)) {
                    texts.put(key + text, component.get(text).asText());
                }
            }
            component.path("values").forEach(option ->
                    texts.put(key + "value." + option.path("value").asText(), option.path("label").asText()));
            texts(component, prefix, texts);
        }
    }

    /** The graduate's application through a fresh one-time URL. */
    private Long apply(WebClient client, String number) {
        client.get(formUrl(client, email));
        return applyOnForm(client, number);
    }

    /** "Check", confirmation and "Application" on the form already open. */
    private Long applyOnForm(WebClient client, String number) {
        ResponseEntity<String> check = checked(client, number);
        assertThat(check.getHeaders().getLocation()).as(check.getBody()).isNotNull();
        assertThat(check.getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/confirm");
        assertThat(client.page("/account/student-ids/confirm")).contains(number);
        assertThat(client.get("/account/student-ids/document/front").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> applied = client.post("/account/student-ids/apply", Map.of());
        assertThat(applied.getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/received");
        assertThat(client.page("/account/student-ids/received")).contains(text("studentId.received.check"));
        return applications.findAll().stream().filter(a -> number.equals(a.getStudentNumber()))
                .findFirst().orElseThrow().getId();
    }

    /** "Send", and the one-time URL from the newest mail to the address. */
    private String formUrl(WebClient client, String address) {
        int before = mailbox.count(address);
        assertThat(client.page("/account/student-ids")).contains(text("studentId.request.note.title"));
        ResponseEntity<String> sent = client.post("/account/student-ids/send", Map.of());
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/account/student-ids/sent");
        assertThat(client.page("/account/student-ids/sent")).contains(text("studentId.sent.title"),
                text("studentId.sent.text"));
        return Mailbox.find(mailbox.awaitMail(address, before + 1),
                "http://[^/\\s]+(/account/student-ids/url/[A-Za-z0-9_-]{43})");
    }

    /** The form through a fresh one-time URL, and "Check". */
    private ResponseEntity<String> checked(WebClient client, String address, String number) {
        client.get(formUrl(client, address));
        return checked(client, number);
    }

    /** "Check" on the form already open. */
    private ResponseEntity<String> checked(WebClient client, String number) {
        return client.postMultipart("/account/student-ids/check", fields(number),
                Map.of("frontImage", new WebClient.Upload("id.png", "image/png", TestImages.png())));
    }

    private Map<String, String> fields(String number) {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        Map<String, String> fields = new HashMap<>();
        fields.put("universityId", toto.getId().toString());
        fields.put("departmentId", department.toString());
        fields.put("subjectId", catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId().toString());
        fields.put("degreeProgramId", catalog.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(toto.getId())).reduce((a, b) -> b).orElseThrow().getId()
                .toString());
        fields.put("studentNumber", number);
        fields.put("matriculation", "2012-04");
        fields.put("graduation", "2014-03");
        fields.put("leavingType", "GRADUATED");
        fields.put("documentTypeId", catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId().toString());
        return fields;
    }

    private WebClient signIn(String address, Long id) {
        accounts.setPasswords(id, PASSWORD, SECOND_PASSWORD);
        WebClient client = new WebClient(base());
        client.page("/");
        ResponseEntity<String> login = client.post("/login", Map.of("username", address, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD));
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/home");
        client.page("/home");
        return client;
    }

    private Task reviewTask(Long applicationId) {
        return taskService.createTaskQuery().processDefinitionKey(StudentIdReviewProcess.KEY)
                .processInstanceBusinessKey(applicationId.toString()).singleResult();
    }

    private void complete(Long applicationId, String variables) throws Exception {
        Task review = reviewTask(applicationId);
        HttpResponse<String> completed = rest("toto-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":" + variables + "}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    private HttpResponse<String> rest(String user, String method, String path, String json) throws Exception {
        return new EngineRest(port).call(user, "Staff-Demo-2026", method, path, json);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.JAPANESE);
    }

    private String text(String code) {
        return HtmlUtils.htmlEscape(message(code));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
