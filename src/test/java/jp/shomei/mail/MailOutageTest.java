package jp.shomei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Locale;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mail server that is down makes an incident, not an error page; Cockpit's retry sends the mail later. */
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
            awaitFirstFailure(job.getId());

            managementService.setJobRetries(job.getId(), 1);
            assertThatThrownBy(() -> managementService.executeJob(job.getId()));
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
            assertThat(incident).isNotNull();
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
