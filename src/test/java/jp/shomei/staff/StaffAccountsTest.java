package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.AccountService;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff ask for a new initial password for their university's graduates, which the registration process mails;
 * administrators lift login locks.
 */
@ShomeiTest
class StaffAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    String email;
    Long accountId;
    String initialPassword;

    @BeforeEach
    void setUp() {
        throttles.deleteAll();
        email = "staffcase-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accounts, universities, catalog, email, "林 誠", "ハヤシ マコト",
                "T05A0505").getId();
        initialPassword = accounts.issueInitialPassword(accountId);
    }

    @Test
    void shouldLetTheUniversitysStaffMailANewInitialPassword() throws Exception {
        WebClient saikyo = new WebClient(base());
        saikyo.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        assertThat(saikyo.page("/staff/accounts")).doesNotContain(email);
        saikyo.page("/register");
        assertThat(saikyo.post("/staff/accounts/" + accountId + "/initial-password", Map.of())
                .getStatusCode().value()).isEqualTo(404);

        // An account that came without a registration: the process starts a wait of its own.
        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(toto.page("/staff/accounts")).contains(email);
        assertThat(requestReissue(toto)).contains(email, "新しい初期パスワードを依頼しました", "送信処理中");

        String password = reissuedPassword(1);
        assertThat(logsIn(password)).isTrue();
        assertThat(logsIn(initialPassword)).isFalse();
        assertWaitsSevenDaysFromNow(waitingRegistration().getId());
    }

    @Test
    void shouldRestartTheWaitingRegistrationsTimer() throws Exception {
        // An approved registration waits for the first login's password setting.
        Registration registration = approved("reissue", "石田 光", "イシダ ヒカル");
        String applicant = email;
        String approvalPassword = reissuedPassword(1);
        String instance = awaitWaitingRegistration(registration.getProcessInstanceId()).getId();
        accountId = (Long) runtimeService.getVariable(instance, RegistrationProcess.Variables.ACCOUNT_ID);
        Job approvalTimer = initialPasswordTimer(instance);

        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(toto.page("/staff/accounts")).contains(applicant);
        assertThat(requestReissue(toto)).contains(applicant, "新しい初期パスワードを依頼しました");

        assertThat(logsIn(reissuedPassword(2))).isTrue();
        assertThat(logsIn(approvalPassword)).isFalse();
        assertThat(waitingRegistration().getId()).isEqualTo(instance);
        assertWaitsSevenDaysFromNow(instance);
        Job reissueTimer = initialPasswordTimer(instance);
        assertThat(reissueTimer.getId()).isNotEqualTo(approvalTimer.getId());
        assertThat(reissueTimer.getDuedate()).isAfter(approvalTimer.getDuedate());
    }

    @Test
    void shouldStartAWaitAnewWhenTheRegistrationsInitialPasswordHadExpired() throws Exception {
        Registration registration = approved("expired", "岡田 純", "オカダ ジュン");
        String applicant = email;
        String approvalPassword = reissuedPassword(1);
        String approved = awaitWaitingRegistration(registration.getProcessInstanceId()).getId();
        accountId = (Long) runtimeService.getVariable(approved, RegistrationProcess.Variables.ACCOUNT_ID);
        ClockUtil.offset(Duration.ofDays(8).toMillis());
        try {
            // The registration's wait ends with its timer, which the job executor may run first.
            Job timer = initialPasswordTimer(approved);
            try {
                if (timer != null) {
                    managementService.executeJob(timer.getId());
                }
            } catch (ProcessEngineException e) {
                // Run by the job executor meanwhile.
            }
            awaitEnded(approved);
            assertThat(logsIn(approvalPassword)).isFalse();

            WebClient toto = new WebClient(base());
            toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
            assertThat(toto.page("/staff/accounts")).contains(applicant);
            assertThat(requestReissue(toto)).contains(applicant, "新しい初期パスワードを依頼しました");

            assertThat(logsIn(reissuedPassword(2))).isTrue();
            ProcessInstance wait = waitingRegistration();
            assertThat(wait.getId()).isNotEqualTo(approved);
            assertThat(wait.getBusinessKey()).isEqualTo(registration.getId().toString());
            awaitWaitingRegistration(wait.getId());
            assertThat(initialPasswordTimer(wait.getId()).getDuedate().toInstant())
                    .isAfter(ClockUtil.now().toInstant().plus(Duration.ofDays(7)).minusSeconds(60));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldKeepTheReissueAsAnIncidentWhileTheMailServerIsDownAndMailItOnRetry() throws Exception {
        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        toto.page("/staff/accounts");
        String jobId;
        greenMail.stop();
        try {
            assertThat(requestReissue(toto)).contains(email, "新しい初期パスワードを依頼しました");
            Job job = managementService.createJobQuery()
                    .activityId(RegistrationProcess.Elements.REISSUE_INITIAL_PASSWORD)
                    .processInstanceId(waitingRegistration().getId()).singleResult();
            awaitFirstFailure(job.getId());
            jobId = job.getId();

            // The failed attempt took its password back: the previous one still opens the password setting.
            assertThat(logsIn(initialPassword)).isTrue();
            // A second request while the first is pending asks for nothing more.
            assertThat(requestReissue(toto)).contains(email, "すでに送信処理中");

            managementService.setJobRetries(jobId, 1);
            assertThatThrownBy(() -> managementService.executeJob(jobId));
            Incident incident = runtimeService.createIncidentQuery()
                    .processInstanceId(job.getProcessInstanceId()).singleResult();
            assertThat(incident).isNotNull();
            assertThat(incident.getActivityId()).isEqualTo(RegistrationProcess.Elements.REISSUE_INITIAL_PASSWORD);
            assertThat(incident.getIncidentMessage()).contains("initial-password-reissued", "could not be sent")
                    .doesNotContain(email);
        } finally {
            greenMail.start();
        }

        // What Cockpit's "retry" does, once the mail server is back.
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        String password = reissuedPassword(1);
        assertThat(logsIn(password)).isTrue();
        assertThat(logsIn(initialPassword)).isFalse();
        assertWaitsSevenDaysFromNow(waitingRegistration().getId());
    }

    @Test
    void shouldLetAnAdministratorLiftALock() {
        accounts.setPasswords(accountId, "Nara-Deer-Park-2037", "Uji-Green-Tea-2038");
        WebClient attacker = new WebClient(base());
        attacker.page("/");
        for (int i = 0; i < 5; i++) {
            ClockUtil.offset(60_000L * (i + 1));
            attacker.post("/login", Map.of("username", email, "password", "Wrong-" + i, "secondPassword", "x"));
        }
        try {
            WebClient staff = new WebClient(base());
            staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
            assertThat(staff.page("/staff/accounts")).doesNotContain("/staff/accounts/locks/lift");

            WebClient admin = new WebClient(base());
            admin.signInAsStaff("admin", "Admin-Demo-2026");
            assertThat(admin.page("/staff/accounts")).contains("/staff/accounts/locks/lift", email);
            admin.follow(admin.post("/staff/accounts/locks/lift", Map.of("email", email)));

            WebClient graduate = new WebClient(base());
            graduate.page("/");
            assertThat(graduate.post("/login", Map.of("username", email, "password", "Nara-Deer-Park-2037",
                    "secondPassword", "Uji-Green-Tea-2038")).getHeaders().getLocation().getPath()).isEqualTo("/home");
        } finally {
            ClockUtil.reset();
            throttles.deleteAll();
        }
    }

    @Test
    void shouldSendAnyoneWithoutAStaffSessionToTheStaffSignIn() {
        assertThat(new WebClient(base()).get("/staff/accounts").getHeaders().getLocation().getPath())
                .isEqualTo("/staff/login");
    }

    /** A Toto application that staff approved, whose applicant is now {@link #email}. */
    private Registration approved(String prefix, String nameKanji, String nameKana) {
        email = prefix + "-" + System.nanoTime() + "@example.jp";
        Registration registration = registrations.importSubmitted(email, Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, nameKanji, nameKana));
        taskService.complete(taskService.createTaskQuery()
                .processInstanceBusinessKey(registration.getId().toString()).singleResult().getId(),
                Map.of("decision", "approve"));
        return registration;
    }

    private String requestReissue(WebClient staff) {
        return staff.follow(staff.post("/staff/accounts/" + accountId + "/initial-password", Map.of()));
    }

    private String reissuedPassword(int mail) {
        return Mailbox.find(new Mailbox(greenMail).awaitMail(email, mail),
                "(?m)^\\s*(?:初期パスワード|Initial password)\\s*[:：]\\s*(\\S+)\\s*$");
    }

    /** Whether the initial password leads to the password setting. */
    private boolean logsIn(String password) {
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        return "/password/setup".equals(graduate.post("/login",
                Map.of("username", email, "password", password, "secondPassword", ""))
                .getHeaders().getLocation().getPath());
    }

    private ProcessInstance waitingRegistration() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .variableValueEquals(RegistrationProcess.Variables.ACCOUNT_ID, accountId).singleResult();
    }

    /** The jobs run on the job executor; wait until the instance waits for the password setting. */
    private ProcessInstance awaitWaitingRegistration(String processInstanceId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                    .activityId(RegistrationProcess.Elements.WAIT_FOR_PASSWORDS).count() == 1) {
                return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                        .singleResult();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The registration never waited for the password setting");
    }

    private void awaitEnded(String processInstanceId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The registration never ended");
            }
            Thread.sleep(100);
        }
    }

    private void assertWaitsSevenDaysFromNow(String instance) throws InterruptedException {
        awaitWaitingRegistration(instance);
        assertThat(initialPasswordTimer(instance).getDuedate().toInstant())
                .isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60), Instant.now().plus(Duration.ofDays(7)));
    }

    private Job initialPasswordTimer(String instance) {
        return managementService.createJobQuery().processInstanceId(instance)
                .activityId(RegistrationProcess.Elements.INITIAL_PASSWORD_EXPIRED).singleResult();
    }

    /** The job executor tries the new job at once; wait until that first attempt has failed. */
    private void awaitFirstFailure(String jobId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (managementService.createJobQuery().jobId(jobId).singleResult().getExceptionMessage() != null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The mail job never ran");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
