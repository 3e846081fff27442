package jp.shomei.password;

import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import jp.shomei.password.PasswordResetProcess.Beans;
import jp.shomei.password.PasswordResetProcess.Elements;
import jp.shomei.password.PasswordResetProcess.Variables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The password reset (processes/password-reset.bpmn) on its own: the delegates are Mockito mocks, the jobs and the
 * URL's timer driven by hand with the engine clock; the coverage extension checks every element.
 */
@Deployment(resources = "processes/password-reset.bpmn")
class PasswordResetProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long REQUEST_ID = 4711L;
    private static final Long ACCOUNT_ID = 815L;
    private static final Duration URL_VALIDITY = Duration.ofMinutes(30);
    private static final Instant ASKED_AT = Instant.parse("2025-06-01T03:00:00Z");

    private final JavaDelegate sendResetUrl = mock(JavaDelegate.class);
    private final JavaDelegate markExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendResetNotice = mock(JavaDelegate.class);
    private final List<Long> urlsMailedFor = new ArrayList<>();
    private final List<Duration> urlValidities = new ArrayList<>();

    private RuntimeService runtimeService;
    private ManagementService managementService;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        managementService = extension.getManagementService();
        ClockUtil.setCurrentTime(Date.from(ASKED_AT));
        Mocks.register(Beans.SEND_RESET_URL, sendResetUrl);
        Mocks.register(Beans.MARK_EXPIRED, markExpired);
        Mocks.register(Beans.SEND_RESET_NOTICE, sendResetNotice);
        doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            urlsMailedFor.add(Variables.requestId(execution));
            urlValidities.add(Variables.urlValidity(execution));
            return null;
        }).when(sendResetUrl).execute(any());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldMailTheUrlWaitForTheNewPasswordsAndTellTheOwner() throws Exception {
        // Given a registered address asked for a reset
        ProcessInstance reset = start(REQUEST_ID, ACCOUNT_ID);

        // Then the visitor is not kept waiting: the URL's mail is a job
        assertThat(reset).isWaitingAt(Elements.SEND_RESET_URL);
        execute(job(reset));
        assertThat(urlsMailedFor).containsExactly(REQUEST_ID);
        assertThat(urlValidities).containsExactly(URL_VALIDITY);
        assertThat(reset).isWaitingAt(Elements.WAIT_FOR_RESET);

        // When the new passwords are set through the URL
        runtimeService.createMessageCorrelation(PasswordResetProcess.MESSAGE_PASSWORDS_RESET)
                .processInstanceBusinessKey(REQUEST_ID.toString()).correlate();

        // Then the notice to the owner is a job of its own, and the process ends as reset
        assertThat(reset).isWaitingAt(Elements.SEND_RESET_NOTICE);
        execute(job(reset));
        verify(sendResetNotice).execute(any());
        verify(markExpired, never()).execute(any());
        assertThat(reset).hasPassedInOrder(Elements.START, Elements.ADDRESS_REGISTERED, Elements.SEND_RESET_URL,
                Elements.WAIT_FOR_RESET, Elements.SEND_RESET_NOTICE, Elements.END_RESET).isEnded();
    }

    @Test
    void shouldSendNothingForAnAddressThatIsNotRegistered() throws Exception {
        // Given an address without an account asked for a reset
        ProcessInstance reset = start(null, null);

        // Then the process ends at once, with no job and no mail
        assertThat(reset).hasPassedInOrder(Elements.START, Elements.ADDRESS_REGISTERED, Elements.END_ADDRESS_UNKNOWN)
                .isEnded();
        assertThat(managementService.createJobQuery().count()).isZero();
        verify(sendResetUrl, never()).execute(any());
    }

    @Test
    void shouldMarkTheRequestExpiredWhenTheUrlRunsOut() throws Exception {
        // Given the URL was mailed
        ProcessInstance reset = start(REQUEST_ID, ACCOUNT_ID);
        execute(job(reset));

        // Then the wait's timer is due when the URL expires
        Job timer = job(reset);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(ASKED_AT.plus(URL_VALIDITY));

        // When the time comes
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        // Then the request is marked expired, and nobody is mailed
        verify(markExpired).execute(any());
        verify(sendResetNotice, never()).execute(any());
        assertThat(reset).hasPassed(Elements.URL_EXPIRED, Elements.MARK_EXPIRED, Elements.END_EXPIRED).isEnded();
    }

    @Test
    void shouldEndTheWaitWhenANewerRequestReplacesIt() throws Exception {
        // Given the URL was mailed
        ProcessInstance earlier = start(REQUEST_ID, ACCOUNT_ID);
        execute(job(earlier));

        // When a newer request of the account replaces it
        runtimeService.createMessageCorrelation(PasswordResetProcess.MESSAGE_REPLACED)
                .processInstanceVariableEquals(Variables.ACCOUNT_ID, ACCOUNT_ID).correlateAll();

        // Then the wait and its timer end, without the expiry step
        assertThat(earlier).hasPassed(Elements.REPLACED, Elements.END_REPLACED).hasNotPassed(Elements.MARK_EXPIRED)
                .isEnded();
        assertThat(managementService.createJobQuery().count()).isZero();
    }

    @Test
    void shouldRetryAFailedMailFiveTimesTwoMinutesApart() throws Exception {
        // Given the mail server is down
        doThrow(new MailSendException("The mail 'password-reset-url' could not be sent"))
                .when(sendResetUrl).execute(any());
        ProcessInstance reset = start(REQUEST_ID, ACCOUNT_ID);

        // When the job fails
        Job job = job(reset);
        assertThatThrownBy(() -> managementService.executeJob(job.getId()));

        // Then it is due again two minutes later, with four retries left, still before the wait
        Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getDuedate().toInstant()).isEqualTo(ASKED_AT.plus(2, MINUTES));
        assertThat(reset).isWaitingAt(Elements.SEND_RESET_URL);
    }

    private ProcessInstance start(Long requestId, Long accountId) {
        return runtimeService.createProcessInstanceByKey(PasswordResetProcess.KEY)
                .businessKey(requestId == null ? null : requestId.toString())
                .setVariable(Variables.REQUEST_ID, org.camunda.bpm.engine.variable.Variables.longValue(requestId))
                .setVariable(Variables.ACCOUNT_ID, org.camunda.bpm.engine.variable.Variables.longValue(accountId))
                .setVariable(Variables.URL_VALIDITY, URL_VALIDITY.toString())
                .execute();
    }
}
