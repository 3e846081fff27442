package jp.shomei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.AccountService;
import jp.shomei.account.LoginLockNoticeProcess;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mail server that is down makes an incident, not an error page nor a lost mail; Cockpit's retry sends the mail
 * later.
 */
@ShomeiTest
class MailOutageTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @LocalServerPort
    int port;

    @Test
    void shouldRaiseAnIncidentWhileTheMailServerIsDownAndSendTheMailOnRetry() throws Exception {
        String email = "outage-" + System.nanoTime() + "@example.jp";
        greenMail.stop();
        String instance;
        String jobId;
        try {
            Registration registration = registrations.start(email, Locale.JAPANESE);
            instance = registration.getProcessInstanceId();
            Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
            Incident incident = lastRetryFails(job, instance);
            assertThat(incident.getActivityId()).isEqualTo(RegistrationProcess.Elements.SEND_ONE_TIME_URL);
            assertThat(incident.getIncidentMessage()).contains("registration-url", "could not be sent")
                    .doesNotContain(email);
            jobId = job.getId();
        } finally {
            greenMail.start();
        }

        // What Cockpit's "retry" does, once the mail server is back.
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        assertThat(new Mailbox(greenMail).awaitMail(email, 1)).contains("/register/");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(instance)
                .activityId(RegistrationProcess.Elements.WAIT_FOR_APPLICATION).count()).isEqualTo(1);
    }

    @Test
    void shouldKeepALockNoticeAsAnIncidentWhileTheMailServerIsDownAndSendItOnRetry() throws Exception {
        String email = "locked-" + System.nanoTime() + "@example.jp";
        Long accountId = TestApplications.totoGraduate(accounts, universities, catalog, email, "森 静香",
                "モリ シズカ", "T06A0606").getId();
        accounts.setPasswords(accountId, "Nara-Deer-Park-2037", "Uji-Green-Tea-2038");
        String jobId;
        String instance;
        greenMail.stop();
        try {
            WebClient attacker = new WebClient("http://localhost:" + port);
            attacker.page("/");
            for (int i = 0; i < 5; i++) {
                ClockUtil.offset(60_000L * (i + 1));
                // The login answers as always, whatever the mail server does.
                assertThat(attacker.post("/login", Map.of("username", email, "password", "Wrong-" + i,
                        "secondPassword", "x")).getHeaders().getLocation().toString()).endsWith("/?error");
            }
            instance = awaitLockNotice(accountId).getId();
            assertThat(runtimeService.getVariables(instance)).containsOnlyKeys(
                    LoginLockNoticeProcess.Variables.ACCOUNT_ID, LoginLockNoticeProcess.Variables.LOCKED_UNTIL);
            Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
            Incident incident = lastRetryFails(job, instance);
            assertThat(incident.getActivityId()).isEqualTo(LoginLockNoticeProcess.Elements.SEND_LOCK_NOTICE);
            assertThat(incident.getIncidentMessage()).contains("login-locked", "could not be sent")
                    .doesNotContain(email);
            jobId = job.getId();
        } finally {
            greenMail.start();
            ClockUtil.reset();
            throttles.deleteAll();
        }

        // What Cockpit's "retry" does, once the mail server is back.
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        assertThat(new Mailbox(greenMail).awaitMail(email, 1)).contains("/password/forgotten");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    /** The notice's process starts beside the login, on another thread. */
    /** The job fails on its last retry, as after the fifth failure, and leaves an incident. */
    private Incident lastRetryFails(Job job, String instance) throws InterruptedException {
        awaitFirstFailure(job.getId());
        managementService.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> managementService.executeJob(job.getId()));
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident).isNotNull();
        return incident;
    }

    private ProcessInstance awaitLockNotice(Long accountId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            ProcessInstance notice = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(LoginLockNoticeProcess.KEY)
                    .variableValueEquals(LoginLockNoticeProcess.Variables.ACCOUNT_ID, accountId).singleResult();
            if (notice != null) {
                return notice;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No lock notice started");
    }

    /** The job executor tries the new job at once; wait until that first attempt has failed. */
    private void awaitFirstFailure(String jobId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Job job = managementService.createJobQuery().jobId(jobId).singleResult();
            if (job.getExceptionMessage() != null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The mail job never ran");
    }
}
