package jp.shomei.account;

import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import jp.shomei.account.LoginLockNoticeProcess.Beans;
import jp.shomei.account.LoginLockNoticeProcess.Elements;
import jp.shomei.account.LoginLockNoticeProcess.Variables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;

/**
 * The login lock notice (processes/login-lock-notice.bpmn) on its own, with the delegate a Mockito mock and the
 * job and its retries driven by hand with the engine clock; the coverage extension checks every element.
 */
@Deployment(resources = "processes/login-lock-notice.bpmn")
class LoginLockNoticeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long ACCOUNT_ID = 815L;
    private static final Instant LOCKED_AT = Instant.parse("2025-06-01T03:00:00Z");
    private static final Instant LOCKED_UNTIL = LOCKED_AT.plus(1, MINUTES);

    private final JavaDelegate sendLockNotice = mock(JavaDelegate.class);
    private final Map<String, Object> mailedWith = new HashMap<>();

    private RuntimeService runtimeService;
    private ManagementService managementService;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        managementService = extension.getManagementService();
        ClockUtil.setCurrentTime(Date.from(LOCKED_AT));
        Mocks.register(Beans.SEND_LOCK_NOTICE, sendLockNotice);
        doAnswer(invocation -> {
            mailedWith.putAll(invocation.<DelegateExecution>getArgument(0).getVariables());
            return null;
        }).when(sendLockNotice).execute(any());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldMailTheOwnerInAJobOfItsOwn() {
        // Given failed logins locked an account
        ProcessInstance notice = start();

        // Then the login is not kept waiting: the mail is a job
        assertThat(notice).isWaitingAt(Elements.SEND_LOCK_NOTICE);

        // When the job runs
        execute(job());

        // Then the owner is mailed with the account and the lock's end, no address, and the process ends
        assertThat(notice).hasPassedInOrder(Elements.START, Elements.SEND_LOCK_NOTICE, Elements.END).isEnded();
        assertThat(mailedWith).containsOnly(Map.entry(Variables.ACCOUNT_ID, ACCOUNT_ID),
                Map.entry(Variables.LOCKED_UNTIL, Date.from(LOCKED_UNTIL)));
    }

    @Test
    void shouldRetryFiveTimesTwoMinutesApartThenRaiseAnIncidentAndSendOnRetry() throws Exception {
        // Given the mail server is down
        doThrow(new MailSendException("The mail 'login-locked' could not be sent: Connection refused"))
                .when(sendLockNotice).execute(any());
        ProcessInstance notice = start();
        assertThat(notice).isWaitingAt(Elements.SEND_LOCK_NOTICE);

        // When the job fails five times
        for (int retriesLeft = 4; retriesLeft >= 0; retriesLeft--) {
            Job job = job();
            assertThatThrownBy(() -> managementService.executeJob(job.getId()));
            Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(retriesLeft);
            if (retriesLeft > 0) {
                // Then each time it is due again two minutes later
                assertThat(failed.getDuedate().toInstant()).isEqualTo(ClockUtil.now().toInstant().plus(2, MINUTES));
                ClockUtil.setCurrentTime(failed.getDuedate());
            }
        }

        // Then an incident shows in Cockpit, at the mail task
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(notice.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_LOCK_NOTICE);
        assertThat(incident.getIncidentMessage()).contains("login-locked");

        // When the server is back and the job is retried
        doNothing().when(sendLockNotice).execute(any());
        managementService.setJobRetries(job().getId(), 1);
        execute(job());

        // Then the notice goes out and the incident is resolved
        verify(sendLockNotice, times(6)).execute(any());
        assertThat(notice).isEnded();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(notice.getId()).count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey(LoginLockNoticeProcess.KEY, withVariables(
                Variables.ACCOUNT_ID, ACCOUNT_ID,
                Variables.LOCKED_UNTIL, Date.from(LOCKED_UNTIL)));
    }
}
