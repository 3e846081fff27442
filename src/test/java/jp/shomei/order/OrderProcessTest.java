package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jp.shomei.order.OrderProcess.Beans;
import jp.shomei.order.OrderProcess.Elements;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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
 * The order (processes/certificate-order.bpmn) on its own, with the university's posting
 * (processes/certificate-post.bpmn) deployed into a university's tenant as the application does: an in-memory
 * engine, every delegate and listener a Mockito mock, the mail jobs and the deadline timers driven by hand with the
 * engine clock. Together the tests pass every flow node and sequence flow, which the coverage extension checks
 * after the class.
 */
@Deployment(resources = "processes/certificate-order.bpmn")
class OrderProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long ORDER_ID = 4711L;
    private static final Instant ORDERED_AT = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant PAYMENT_DUE = ORDERED_AT.plus(Duration.ofDays(7));
    /** 18:00 JST on 2 April: printable until 23:59 JST on 9 April, nothing from 00:00 JST on 10 April. */
    private static final Instant PAID_AT = Instant.parse("2026-04-02T09:00:00Z");
    private static final Instant PRINTING_ENDS = Instant.parse("2026-04-09T15:00:00Z");
    /** 09:00 JST on 8 April, the day before the last print day. */
    private static final Instant PRINT_REMINDER = Instant.parse("2026-04-08T00:00:00Z");
    /** 09:00 JST on 7 April, the day before the payment is due (18:00 JST on 8 April). */
    private static final Instant PAYMENT_REMINDER = Instant.parse("2026-04-07T00:00:00Z");
    /** 3 working days after the payment of an order by post. */
    private static final Instant POST_REMINDER = Instant.parse("2026-04-06T00:00:00Z");
    private static final String TENANT = "toto";
    private static final String STAFF_GROUP = "toto-staff";

    private final JavaDelegate sendOrderReceived = mock(JavaDelegate.class);
    private final JavaDelegate sendPaymentReminder = mock(JavaDelegate.class);
    private final JavaDelegate markExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendExpiredNotice = mock(JavaDelegate.class);
    private final JavaDelegate sendPaymentReceived = mock(JavaDelegate.class);
    private final JavaDelegate issueForPrinting = mock(JavaDelegate.class);
    private final JavaDelegate sendReadyToPrint = mock(JavaDelegate.class);
    private final JavaDelegate sendPrintReminder = mock(JavaDelegate.class);
    private final JavaDelegate markPrintExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendPrintExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendPosted = mock(JavaDelegate.class);
    private final TaskListener postTaskListener = mock(TaskListener.class);
    private final JavaDelegate sendPostReminder = mock(JavaDelegate.class);

    private RuntimeService runtimeService;
    private ManagementService managementService;
    private TaskService taskService;
    private String postDeployment;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        managementService = extension.getManagementService();
        taskService = extension.getTaskService();
        postDeployment = extension.getRepositoryService().createDeployment().tenantId(TENANT)
                .addClasspathResource(PostProcess.BPMN_RESOURCE).deploy().getId();
        ClockUtil.setCurrentTime(Date.from(ORDERED_AT));
        Mocks.register(Beans.SEND_ORDER_RECEIVED, sendOrderReceived);
        Mocks.register(Beans.SEND_PAYMENT_REMINDER, sendPaymentReminder);
        Mocks.register(Beans.MARK_EXPIRED, markExpired);
        Mocks.register(Beans.SEND_EXPIRED_NOTICE, sendExpiredNotice);
        Mocks.register(Beans.SEND_PAYMENT_RECEIVED, sendPaymentReceived);
        Mocks.register(Beans.ISSUE_FOR_PRINTING, issueForPrinting);
        Mocks.register(Beans.SEND_READY_TO_PRINT, sendReadyToPrint);
        Mocks.register(Beans.SEND_PRINT_REMINDER, sendPrintReminder);
        Mocks.register(Beans.MARK_PRINT_EXPIRED, markPrintExpired);
        Mocks.register(Beans.SEND_PRINT_EXPIRED, sendPrintExpired);
        Mocks.register(Beans.SEND_POSTED, sendPosted);
        Mocks.register(PostProcess.Beans.POST_TASK_LISTENER, postTaskListener);
        Mocks.register(PostProcess.Beans.SEND_POST_REMINDER, sendPostReminder);
    }

    @AfterEach
    void tearDown() {
        extension.getRepositoryService().deleteDeployment(postDeployment, true);
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldTakeThePaymentEvenBeforeTheOrderMailWentOutThenMailBoth() throws Exception {
        AtomicReference<Long> mailedFor = new AtomicReference<>();
        doAnswer(invocation -> {
            mailedFor.set(OrderProcess.orderId((DelegateExecution) invocation.getArgument(0)));
            return null;
        }).when(sendOrderReceived).execute(any());

        ProcessInstance order = start();
        assertThat(order).isWaitingAt(Elements.SEND_ORDER_RECEIVED, Elements.WAIT_FOR_PAYMENT);

        // Paid one day later, the order's mail still waiting for its job.
        ClockUtil.setCurrentTime(Date.from(ORDERED_AT.plus(Duration.ofDays(1))));
        paid(order);
        assertThat(order).isWaitingAt(Elements.SEND_ORDER_RECEIVED, Elements.SEND_PAYMENT_RECEIVED);
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).timers().count()).isZero();

        mailOrder(order);
        assertThat(mailedFor.get()).isEqualTo(ORDER_ID);
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));

        verify(sendPaymentReceived).execute(any());
        assertThat(order).hasPassed(Elements.END_ORDER_MAILED).isWaitingAtExactly(Elements.POST)
                .hasNotPassed(Elements.PAYMENT_REMINDER, Elements.PAYMENT_EXPIRED, Elements.CANCELLED);
        verifyNoInteractions(sendPaymentReminder, markExpired, sendExpiredNotice);
    }

    @Test
    void shouldRemindAt0900JstTheDayBeforeTheDeadlineAndStillTakeThePayment() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);

        Job reminder = timerAt(order, Elements.PAYMENT_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(PAYMENT_REMINDER));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        assertThat(order).isWaitingAt(Elements.WAIT_FOR_PAYMENT, Elements.SEND_PAYMENT_REMINDER);
        verifyNoInteractions(sendPaymentReminder);
        execute(jobAt(order, Elements.SEND_PAYMENT_REMINDER));
        verify(sendPaymentReminder).execute(any());
        assertThat(order).hasPassed(Elements.END_REMINDED).isWaitingAt(Elements.WAIT_FOR_PAYMENT);

        paid(order);
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));
        assertThat(order).isWaitingAtExactly(Elements.POST);
        verifyNoInteractions(markExpired, sendExpiredNotice);
    }

    @Test
    void shouldExpireTheOrderSevenDaysAfterItWasPlacedAndMailThat() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);

        Job expiry = timerAt(order, Elements.PAYMENT_EXPIRED);
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(PAYMENT_DUE));
        ClockUtil.setCurrentTime(Date.from(PAYMENT_DUE.minusSeconds(1)));
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).executable().timers()
                .list()).extracting(Job::getId).doesNotContain(expiry.getId());

        ClockUtil.setCurrentTime(Date.from(PAYMENT_DUE));
        execute(expiry);
        verify(markExpired).execute(any());
        assertThat(order).isWaitingAt(Elements.SEND_EXPIRED_NOTICE);
        verifyNoInteractions(sendExpiredNotice);
        execute(jobAt(order, Elements.SEND_EXPIRED_NOTICE));

        verify(sendExpiredNotice).execute(any());
        assertThat(order).hasPassed(Elements.PAYMENT_EXPIRED, Elements.MARK_EXPIRED, Elements.END_EXPIRED)
                .hasNotPassed(Elements.SEND_PAYMENT_RECEIVED).isEnded();
        // A payment after the deadline finds nothing to move.
        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID)
                .processInstanceId(order.getId()).correlateAllWithResult()).isEmpty();
    }

    @Test
    void shouldEndCancelledBeforePaymentWithoutTheDeadlineTimers() throws Exception {
        ProcessInstance order = start();

        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_CANCELLED)
                .processInstanceId(order.getId()).correlateAllWithResult()).hasSize(1);
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).timers().count()).isZero();
        mailOrder(order);

        assertThat(order).hasPassed(Elements.CANCELLED, Elements.END_CANCELLED)
                .hasNotPassed(Elements.POST, Elements.END_EXPIRED).isEnded();
        verifyNoInteractions(markExpired, sendPaymentReceived, sendPaymentReminder);
    }

    @Test
    void shouldIssueRegisterMailTheNumbersAndEndPrintedAtTheFirstPrint() throws Exception {
        ProcessInstance order = paidForStore();
        ClockUtil.setCurrentTime(Date.from(PAID_AT.plus(Duration.ofDays(2))));

        printed(order);

        assertThat(order).hasPassedInOrder(Elements.SEND_PAYMENT_RECEIVED, Elements.STORE_OR_POST,
                Elements.ISSUE_AND_WAIT, Elements.ISSUE_FOR_PRINTING, Elements.SEND_READY_TO_PRINT,
                Elements.END_READY_MAILED, Elements.WAIT_FOR_PRINT, Elements.END_PRINTED)
                .hasNotPassed(Elements.POST, Elements.PRINT_EXPIRED).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).count()).isZero();
        verifyNoInteractions(sendPrintReminder, markPrintExpired, sendPrintExpired);
    }

    @Test
    void shouldTakeAPrintThatComesBeforeTheReservationNumbersWereMailed() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);
        ClockUtil.setCurrentTime(Date.from(PAID_AT));
        runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID).processInstanceId(order.getId())
                .setVariables(OrderProcess.paidVariables(OrderDeadlines.printUntil(PAID_AT), null)).correlate();
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));
        execute(jobAt(order, Elements.ISSUE_FOR_PRINTING));

        // Registered, and printed at once, while the mail with the numbers still waits for its job.
        printed(order);
        assertThat(order).isWaitingAtExactly(Elements.SEND_READY_TO_PRINT).hasPassed(Elements.END_PRINTED);
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).timers().count()).isZero();
        execute(jobAt(order, Elements.SEND_READY_TO_PRINT));

        assertThat(order).hasPassed(Elements.END_READY_MAILED).hasNotPassed(Elements.PRINT_EXPIRED).isEnded();
        verifyNoInteractions(sendPrintReminder, markPrintExpired, sendPrintExpired);
    }

    @Test
    void shouldHaveTheUniversitysStaffPostAnOrderByPostInItsTenantThenMailThat() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);
        paid(order);
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));
        assertThat(order).hasPassed(Elements.STORE_OR_POST).isWaitingAtExactly(Elements.POST);

        Task post = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(ORDER_ID))
                .taskDefinitionKey(PostProcess.Elements.POST).singleResult();
        assertThat(post.getTenantId()).isEqualTo(TENANT);
        assertThat(taskService.getIdentityLinksForTask(post.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(STAFF_GROUP);
        verify(postTaskListener).notify(any());

        // Not posted in time: the university's staff are reminded, and the task stays.
        ProcessInstance posting = runtimeService.createProcessInstanceQuery().superProcessInstanceId(order.getId())
                .singleResult();
        Job overdue = timerAt(posting, PostProcess.Elements.POST_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(POST_REMINDER));
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);
        verifyNoInteractions(sendPostReminder);
        execute(jobAt(posting, PostProcess.Elements.SEND_POST_REMINDER));
        verify(sendPostReminder).execute(any());
        assertThat(posting).hasPassed(PostProcess.Elements.END_POST_REMINDER_SENT)
                .isWaitingAtExactly(PostProcess.Elements.POST);

        taskService.complete(post.getId(), Map.of(PostProcess.Variables.POSTED_ON, "2026-04-06",
                PostProcess.Variables.TRACKING_NUMBER, "1234-5678-9012"));
        assertThat(posting).hasPassed(PostProcess.Elements.END_POSTED).isEnded();

        assertThat(order).isWaitingAtExactly(Elements.SEND_POSTED);
        verifyNoInteractions(sendPosted);
        execute(jobAt(order, Elements.SEND_POSTED));
        verify(sendPosted).execute(any());
        assertThat(order).hasPassedInOrder(Elements.POST, Elements.SEND_POSTED, Elements.END_POSTED)
                .hasNotPassed(Elements.ISSUE_FOR_PRINTING).isEnded();
        verifyNoInteractions(issueForPrinting, sendReadyToPrint);
    }

    @Test
    void shouldExpirePrintingAt0000JstOfThe8thDayNotAt2359AndMailThat() throws Exception {
        ProcessInstance order = paidForStore();

        Job expiry = timerAt(order, Elements.PRINT_EXPIRED);
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(PRINTING_ENDS));
        ClockUtil.setCurrentTime(Date.from(PRINTING_ENDS.minusSeconds(60)));
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).executable().timers()
                .list()).extracting(Job::getId).doesNotContain(expiry.getId());

        ClockUtil.setCurrentTime(Date.from(PRINTING_ENDS));
        assertThat(managementService.createJobQuery().processInstanceId(order.getId()).executable().timers()
                .list()).extracting(Job::getId).contains(expiry.getId());
        execute(expiry);
        verify(markPrintExpired).execute(any());
        assertThat(order).isWaitingAt(Elements.SEND_PRINT_EXPIRED);
        execute(jobAt(order, Elements.SEND_PRINT_EXPIRED));

        verify(sendPrintExpired).execute(any());
        assertThat(order).hasPassed(Elements.PRINT_EXPIRED, Elements.MARK_PRINT_EXPIRED, Elements.END_PRINT_EXPIRED)
                .hasNotPassed(Elements.END_PRINTED).isEnded();
        // A print after the deadline finds nothing to move.
        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PRINTED)
                .processInstanceBusinessKey(String.valueOf(ORDER_ID)).correlateAllWithResult()).isEmpty();
    }

    @Test
    void shouldRemindAt0900JstTheDayBeforeTheLastPrintDayAndStillTakeThePrint() throws Exception {
        ProcessInstance order = paidForStore();

        Job reminder = timerAt(order, Elements.PRINT_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(PRINT_REMINDER));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        execute(jobAt(order, Elements.SEND_PRINT_REMINDER));
        verify(sendPrintReminder).execute(any());
        assertThat(order).hasPassed(Elements.END_PRINT_REMINDED).isWaitingAt(Elements.WAIT_FOR_PRINT);

        printed(order);
        assertThat(order).hasPassed(Elements.END_PRINTED).isEnded();
        verifyNoInteractions(markPrintExpired, sendPrintExpired);
    }

    @Test
    void shouldRetryAFailedIssuingStepFiveTimesTwoMinutesApartWithoutMovingOn() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);
        ClockUtil.setCurrentTime(Date.from(PAID_AT));
        runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID).processInstanceId(order.getId())
                .setVariables(OrderProcess.paidVariables(OrderDeadlines.printUntil(PAID_AT), null)).correlate();
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));
        doThrow(new IllegalStateException("print network down")).when(issueForPrinting).execute(any());

        Job issuing = jobAt(order, Elements.ISSUE_FOR_PRINTING);
        assertThatThrownBy(() -> managementService.executeJob(issuing.getId()))
                .hasMessageContaining("print network down");
        Job retried = jobAt(order, Elements.ISSUE_FOR_PRINTING);
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(PAID_AT.plus(Duration.ofMinutes(2))));
        assertThat(order).isWaitingAt(Elements.ISSUE_FOR_PRINTING);
        verifyNoInteractions(sendReadyToPrint);
    }

    @Test
    void shouldCarryOnlyIdsAndInstantsAfterPayment() throws Exception {
        ProcessInstance order = paidForStore();
        assertThat(runtimeService.getVariables(order.getId())).containsOnlyKeys(OrderProcess.Variables.ORDER_ID,
                OrderProcess.Variables.PAYMENT_DUE, OrderProcess.Variables.REMINDER_AT,
                OrderProcess.Variables.TENANT_ID, OrderProcess.Variables.STAFF_GROUP,
                OrderProcess.Variables.PRINTING_ENDS, OrderProcess.Variables.PRINT_REMINDER_AT,
                PostProcess.Variables.POST_REMINDER_AT);
    }

    @Test
    void shouldRetryAFailedMailFiveTimesTwoMinutesApart() throws Exception {
        doThrow(new IllegalStateException("mail server down")).when(sendOrderReceived).execute(any());
        ProcessInstance order = start();

        Job mail = jobAt(order, Elements.SEND_ORDER_RECEIVED);
        assertThatThrownBy(() -> managementService.executeJob(mail.getId())).hasMessageContaining("mail server down");
        Job retried = jobAt(order, Elements.SEND_ORDER_RECEIVED);
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(ORDERED_AT.plus(Duration.ofMinutes(2))));
        assertThat(order).isWaitingAt(Elements.SEND_ORDER_RECEIVED, Elements.WAIT_FOR_PAYMENT);
    }

    @Test
    void shouldCarryOnlyTheOrderIdTheUniversityAndTheDeadlines() {
        ProcessInstance order = start();
        assertThat(runtimeService.getVariables(order.getId())).containsOnlyKeys(OrderProcess.Variables.ORDER_ID,
                OrderProcess.Variables.PAYMENT_DUE, OrderProcess.Variables.REMINDER_AT,
                OrderProcess.Variables.TENANT_ID, OrderProcess.Variables.STAFF_GROUP);
    }

    /** Paid for an order by post: no print deadlines. */
    private void paid(ProcessInstance order) {
        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID)
                .processInstanceId(order.getId()).setVariables(OrderProcess.paidVariables(null, Date.from(POST_REMINDER)))
                .correlateAllWithResult()).hasSize(1);
    }

    /** Paid for a store order at PAID_AT: printable until 23:59 JST of PRINT_UNTIL. */
    private ProcessInstance paidForStore() throws Exception {
        ProcessInstance order = start();
        mailOrder(order);
        ClockUtil.setCurrentTime(Date.from(PAID_AT));
        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID)
                .processInstanceId(order.getId())
                .setVariables(OrderProcess.paidVariables(OrderDeadlines.printUntil(PAID_AT), null))
                .correlateAllWithResult()).hasSize(1);
        execute(jobAt(order, Elements.SEND_PAYMENT_RECEIVED));
        assertThat(order).isWaitingAtExactly(Elements.ISSUE_FOR_PRINTING, Elements.WAIT_FOR_PRINT);
        verifyNoInteractions(issueForPrinting);
        execute(jobAt(order, Elements.ISSUE_FOR_PRINTING));
        verify(issueForPrinting).execute(any());
        assertThat(order).isWaitingAtExactly(Elements.SEND_READY_TO_PRINT, Elements.WAIT_FOR_PRINT);
        execute(jobAt(order, Elements.SEND_READY_TO_PRINT));
        verify(sendReadyToPrint).execute(any());
        assertThat(order).hasPassed(Elements.END_READY_MAILED).isWaitingAtExactly(Elements.WAIT_FOR_PRINT);
        return order;
    }

    private void printed(ProcessInstance order) {
        assertThat(runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PRINTED)
                .processInstanceBusinessKey(String.valueOf(ORDER_ID)).correlateAllWithResult()).hasSize(1);
    }

    /** The order's mail, then (async after it) the end of its branch, which mails nothing more. */
    private void mailOrder(ProcessInstance order) throws Exception {
        execute(jobAt(order, Elements.SEND_ORDER_RECEIVED));
        execute(jobAt(order, Elements.SEND_ORDER_RECEIVED));
        assertThat(jobAt(order, Elements.SEND_ORDER_RECEIVED)).isNull();
        verify(sendOrderReceived).execute(any());
    }

    private Job jobAt(ProcessInstance order, String activityId) {
        return managementService.createJobQuery().processInstanceId(order.getId()).activityId(activityId)
                .singleResult();
    }

    private Job timerAt(ProcessInstance order, String activityId) {
        return managementService.createJobQuery().processInstanceId(order.getId()).activityId(activityId).timers()
                .singleResult();
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey(OrderProcess.KEY, String.valueOf(ORDER_ID),
                OrderProcess.startVariables(ORDER_ID, PAYMENT_DUE, TENANT, STAFF_GROUP));
    }
}
