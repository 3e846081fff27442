package jp.shomei.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import jp.shomei.email.EmailChangeProcess.Beans;
import jp.shomei.email.EmailChangeProcess.Elements;
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

/**
 * The change of address (processes/email-change.bpmn) on its own: an in-memory engine, every delegate a Mockito
 * mock, the async jobs and the URL timer driven by hand with the engine clock. Together the tests pass every flow
 * node and sequence flow, which the coverage extension checks after the class.
 */
@Deployment(resources = "processes/email-change.bpmn")
class EmailChangeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long EMAIL_CHANGE_ID = 815L;
    private static final Duration URL_VALIDITY = Duration.ofMinutes(30);
    private static final Instant REQUESTED_AT = Instant.parse("2025-04-01T09:00:00Z");

    private final JavaDelegate sendConfirmationUrl = mock(JavaDelegate.class);
    private final JavaDelegate markExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendChangedNotice = mock(JavaDelegate.class);

    private RuntimeService runtimeService;
    private ManagementService managementService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        managementService = extension.getManagementService();
        ClockUtil.setCurrentTime(Date.from(REQUESTED_AT));
        Mocks.register(Beans.SEND_CONFIRMATION_URL, sendConfirmationUrl);
        Mocks.register(Beans.MARK_EXPIRED, markExpired);
        Mocks.register(Beans.SEND_CHANGED_NOTICE, sendChangedNotice);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldMailTheUrlWithTypedIdsThenTellTheOldAddressOnceConfirmed() throws Exception {
        AtomicReference<Long> mailedFor = new AtomicReference<>();
        AtomicReference<Duration> mailedValidity = new AtomicReference<>();
        doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            mailedFor.set(EmailChangeProcess.emailChangeId(execution));
            mailedValidity.set(EmailChangeProcess.urlValidity(execution));
            return null;
        }).when(sendConfirmationUrl).execute(any());

        ProcessInstance change = start();
        assertThat(change).isWaitingAt(Elements.SEND_CONFIRMATION_URL);
        verifyNoInteractions(sendConfirmationUrl);

        execute(job(change));
        assertThat(change).isWaitingAt(Elements.WAIT_FOR_CONFIRMATION);
        assertThat(mailedFor.get()).isEqualTo(EMAIL_CHANGE_ID);
        assertThat(mailedValidity.get()).isEqualTo(URL_VALIDITY);

        runtimeService.createMessageCorrelation(EmailChangeProcess.MESSAGE_CONFIRMED)
                .processInstanceBusinessKey(String.valueOf(EMAIL_CHANGE_ID)).correlate();
        assertThat(change).isWaitingAt(Elements.SEND_CHANGED_NOTICE);
        verifyNoInteractions(sendChangedNotice);

        execute(job(change));
        verify(sendChangedNotice).execute(any());
        assertThat(change).hasPassed(Elements.END_CHANGED).isEnded();
        verifyNoInteractions(markExpired);
        assertThat(managementService.createJobQuery().processInstanceId(change.getId()).count()).isZero();
    }

    @Test
    void shouldMarkTheRequestExpiredWhenTheUrlsTimeRunsOut() throws Exception {
        ProcessInstance change = start();
        execute(job(change));

        ClockUtil.setCurrentTime(Date.from(REQUESTED_AT.plus(URL_VALIDITY).minusSeconds(1)));
        assertThat(managementService.createJobQuery().processInstanceId(change.getId()).executable().count()).isZero();

        Job timer = managementService.createJobQuery().processInstanceId(change.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(REQUESTED_AT.plus(URL_VALIDITY)));
        ClockUtil.setCurrentTime(Date.from(REQUESTED_AT.plus(URL_VALIDITY)));
        execute(timer);

        assertThat(change).hasPassed(Elements.URL_EXPIRED, Elements.MARK_EXPIRED, Elements.END_EXPIRED).isEnded();
        verify(markExpired).execute(any());
        verifyNoInteractions(sendChangedNotice);
    }

    @Test
    void shouldEndWhenANewerRequestReplacesItWhileWaiting() throws Exception {
        ProcessInstance change = start();
        execute(job(change));

        replace(change);

        assertThat(change).hasPassed(Elements.START_REPLACED, Elements.END_REPLACED)
                .hasNotPassed(Elements.SEND_CHANGED_NOTICE, Elements.END_CHANGED).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(change.getId()).count()).isZero();
        verifyNoInteractions(markExpired, sendChangedNotice);
    }

    @Test
    void shouldEndWithoutItsMailWhenReplacedBeforeTheMailWentOut() {
        ProcessInstance change = start();

        replace(change);

        assertThat(change).hasPassed(Elements.END_REPLACED).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(change.getId()).count()).isZero();
        verifyNoInteractions(sendConfirmationUrl);
    }

    @Test
    void shouldRetryAFailedMailFiveTimesTwoMinutesApart() throws Exception {
        doThrow(new IllegalStateException("mail server down")).when(sendConfirmationUrl).execute(any());
        ProcessInstance change = start();

        Job mail = job(change);
        assertThatThrownBy(() -> managementService.executeJob(mail.getId())).hasMessageContaining("mail server down");
        Job retried = managementService.createJobQuery().processInstanceId(change.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(REQUESTED_AT.plus(Duration.ofMinutes(2))));
        assertThat(change).isWaitingAt(Elements.SEND_CONFIRMATION_URL);
    }

    private void replace(ProcessInstance change) {
        assertThat(runtimeService.createMessageCorrelation(EmailChangeProcess.MESSAGE_REPLACED)
                .processInstanceId(change.getId()).correlateAllWithResult()).hasSize(1);
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey(EmailChangeProcess.KEY, String.valueOf(EMAIL_CHANGE_ID),
                EmailChangeProcess.startVariables(EMAIL_CHANGE_ID, URL_VALIDITY));
    }
}
