package jp.shomei.studentid;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import jp.shomei.review.ReviewDecision;
import jp.shomei.studentid.AddStudentIdProcess.Beans;
import jp.shomei.studentid.AddStudentIdProcess.Elements;
import jp.shomei.studentid.AddStudentIdProcess.Variables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The add-student-id process (processes/add-student-id.bpmn) with its review on their own: an in-memory engine,
 * every delegate a Mockito mock, jobs and timers driven by hand with the engine clock. Together the tests pass
 * every flow node and sequence flow of both models, which the coverage extension checks after the class.
 */
@Deployment(resources = {"processes/add-student-id.bpmn", "processes/student-id-review.bpmn"})
class AddStudentIdProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long APPLICATION_ID = 815L;
    private static final String REVIEWER_GROUP = "staff-toto";
    private static final String URL_VALIDITY = "PT30M";
    private static final String RESUBMISSION_WAIT = "P14D";
    private static final Instant APPLIED_AT = Instant.parse("2026-04-01T09:00:00Z");

    private final JavaDelegate sendFormUrl = mock(JavaDelegate.class);
    private final JavaDelegate addStudentRecord = mock(JavaDelegate.class);
    private final JavaDelegate sendApprovalMail = mock(JavaDelegate.class);
    private final JavaDelegate sendDuplicateMail = mock(JavaDelegate.class);
    private final JavaDelegate markRejected = mock(JavaDelegate.class);
    private final JavaDelegate sendRejectionMail = mock(JavaDelegate.class);
    private final JavaDelegate markResubmissionRequested = mock(JavaDelegate.class);
    private final JavaDelegate sendResubmissionMail = mock(JavaDelegate.class);
    private final JavaDelegate markExpired = mock(JavaDelegate.class);
    private final JavaDelegate sendReviewReminder = mock(JavaDelegate.class);
    private final TaskListener reviewTaskListener = mock(TaskListener.class);

    private final List<String> reviewTaskEvents = new ArrayList<>();

    private RuntimeService runtimeService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        ClockUtil.setCurrentTime(Date.from(APPLIED_AT));
        Mocks.register(Beans.SEND_FORM_URL, sendFormUrl);
        Mocks.register(Beans.ADD_STUDENT_RECORD, addStudentRecord);
        Mocks.register(Beans.SEND_APPROVAL_MAIL, sendApprovalMail);
        Mocks.register(Beans.SEND_DUPLICATE_MAIL, sendDuplicateMail);
        Mocks.register(Beans.MARK_REJECTED, markRejected);
        Mocks.register(Beans.SEND_REJECTION_MAIL, sendRejectionMail);
        Mocks.register(Beans.MARK_RESUBMISSION_REQUESTED, markResubmissionRequested);
        Mocks.register(Beans.SEND_RESUBMISSION_MAIL, sendResubmissionMail);
        Mocks.register(Beans.MARK_EXPIRED, markExpired);
        Mocks.register(StudentIdReviewProcess.Beans.SEND_REVIEW_REMINDER, sendReviewReminder);
        Mocks.register(StudentIdReviewProcess.Beans.REVIEW_TASK_LISTENER, reviewTaskListener);
        doAnswer(invocation -> reviewTaskEvents.add(invocation.<DelegateTask>getArgument(0).getEventName()))
                .when(reviewTaskListener).notify(any());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldMailTheUrlInAJobOfItsOwnAndWaitForTheFormUntilTheUrlExpires() throws Exception {
        // Given a graduate clicked "Send"
        ProcessInstance process = urlRequested();
        assertThat(process).isWaitingAt(Elements.SEND_FORM_URL);
        verifyNoInteractions(sendFormUrl);

        // When the mail job runs and no form comes in before the URL's time limit
        execute(job());
        verify(sendFormUrl).execute(any());
        assertThat(process).isWaitingAt(Elements.WAIT_FOR_FORM);
        assertThat(job(Elements.URL_EXPIRED, process).getDuedate().toInstant()).isEqualTo(APPLIED_AT.plus(30, MINUTES));
        ClockUtil.setCurrentTime(Date.from(APPLIED_AT.plus(31, MINUTES)));
        execute(job(Elements.URL_EXPIRED, process));

        // Then the application is marked expired and ends without a review
        verify(markExpired).execute(any());
        assertThat(process).hasPassed(Elements.MARK_URL_EXPIRED, Elements.END_URL_EXPIRED).isEnded();
        verifyNoInteractions(addStudentRecord, reviewTaskListener);
    }

    @Test
    void shouldEndWhenReplacedByANewerRequestWhileWaitingForTheForm() throws Exception {
        ProcessInstance process = urlRequested();
        execute(job());

        replaced();

        assertThat(process).hasPassed(Elements.START_REPLACED, Elements.END_REPLACED).isEnded();
        verifyNoInteractions(markExpired, reviewTaskListener);
    }

    @Test
    void shouldEndWithoutMailingWhenReplacedBeforeTheMailWentOut() throws Exception {
        ProcessInstance process = urlRequested();

        replaced();

        assertThat(process).hasPassed(Elements.END_REPLACED).isEnded();
        verifyNoInteractions(sendFormUrl);
    }

    @Test
    void shouldAddTheStudentIdAndMailTheApprovalOnce() throws Exception {
        // Given an application under review by the university's staff
        ProcessInstance process = applied();
        ProcessInstance review = calledProcessInstance(process);
        assertThat(review).isWaitingAt(StudentIdReviewProcess.Elements.REVIEW);
        assertThat(review.getBusinessKey()).isEqualTo(APPLICATION_ID.toString());
        assertThat(task(review)).hasCandidateGroup(REVIEWER_GROUP);
        assertThat(reviewTaskEvents).containsExactly(TaskListener.EVENTNAME_CREATE);
        recordAdded(true);

        // When staff approve
        decide(process, ReviewDecision.APPROVE, null);

        // Then the review ends approved, the student ID is added in the same step, and the mail is a job of its own
        assertThat(review).hasPassed(StudentIdReviewProcess.Elements.DECISION,
                StudentIdReviewProcess.Elements.END_APPROVED).isEnded();
        verify(addStudentRecord).execute(any());
        assertThat(reviewTaskEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
        assertThat(process).isWaitingAt(Elements.SEND_APPROVAL_MAIL);
        verifyNoInteractions(sendApprovalMail);
        execute(job());
        verify(sendApprovalMail).execute(any());
        assertThat(process).hasPassed(Elements.ADD_STUDENT_RECORD, Elements.SEND_APPROVAL_MAIL, Elements.END_APPROVED)
                .isEnded();
        verifyNoInteractions(sendDuplicateMail, markRejected, sendRejectionMail, markResubmissionRequested,
                sendResubmissionMail, markExpired);
    }

    @Test
    void shouldMailThatTheStudentIdCannotBeAddedWhenAnAccountHasItByApproval() throws Exception {
        ProcessInstance process = applied();
        recordAdded(false);

        decide(process, ReviewDecision.APPROVE, null);
        execute(job());

        verify(sendDuplicateMail).execute(any());
        verifyNoInteractions(sendApprovalMail);
        assertThat(process).hasPassed(Elements.SEND_DUPLICATE_MAIL, Elements.END_DUPLICATE).isEnded();
    }

    @Test
    void shouldMarkAndMailARejection() throws Exception {
        ProcessInstance process = applied();
        ProcessInstance review = calledProcessInstance(process);

        decide(process, ReviewDecision.REJECT, "Not our graduate");

        assertThat(review).hasPassed(StudentIdReviewProcess.Elements.END_REJECTED)
                .hasNotPassed(StudentIdReviewProcess.Elements.END_APPROVED).isEnded();
        verify(markRejected).execute(any());
        assertThat(process).isWaitingAt(Elements.SEND_REJECTION_MAIL);
        execute(job());
        verify(sendRejectionMail).execute(any());
        assertThat(process).hasPassed(Elements.MARK_REJECTED, Elements.END_REJECTED).isEnded();
        verifyNoInteractions(addStudentRecord, sendApprovalMail);
    }

    @Test
    void shouldReviewTheCorrectedApplicationAgainWithAFreshReminder() throws Exception {
        // Given staff asked for a resubmission
        ProcessInstance process = applied();
        ProcessInstance firstReview = calledProcessInstance(process);
        decide(process, ReviewDecision.RESUBMIT, "The image is blurred");
        verify(markResubmissionRequested).execute(any());
        execute(job());
        verify(sendResubmissionMail).execute(any());
        assertThat(firstReview).hasPassed(StudentIdReviewProcess.Elements.END_RESUBMISSION_REQUESTED).isEnded();
        assertThat(process).isWaitingAt(Elements.WAIT_FOR_RESUBMISSION);
        assertThat(job(Elements.RESUBMISSION_EXPIRED, process).getDuedate().toInstant())
                .isEqualTo(APPLIED_AT.plus(14, DAYS));

        // When the graduate applies again 2 days later
        Instant again = APPLIED_AT.plus(2, DAYS);
        ClockUtil.setCurrentTime(Date.from(again));
        runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_RESUBMITTED)
                .processInstanceBusinessKey(APPLICATION_ID.toString())
                .setVariable(Variables.REVIEW_REMINDER_AT, Date.from(again.plus(3, DAYS)))
                .correlate();

        // Then the correction is a milestone of its own, and a new review starts, reminding 3 days after it
        assertThat(process).hasPassedInOrder(Elements.SUBMITTED, Elements.CALL_REVIEW,
                Elements.WAIT_FOR_RESUBMISSION, Elements.RESUBMITTED).isWaitingAt(Elements.CALL_REVIEW);
        ProcessInstance secondReview = calledProcessInstance(process);
        assertThat(job(StudentIdReviewProcess.Elements.REVIEW_OVERDUE, secondReview).getDuedate().toInstant())
                .isEqualTo(again.plus(3, DAYS));
        recordAdded(true);
        decide(process, ReviewDecision.APPROVE, null);
        execute(job());
        assertThat(process).hasPassed(Elements.WAIT_FOR_RESUBMISSION, Elements.END_APPROVED).isEnded();
        verify(addStudentRecord, times(1)).execute(any());
    }

    @Test
    void shouldExpireWhenNoCorrectionComesInTime() throws Exception {
        ProcessInstance process = applied();
        decide(process, ReviewDecision.RESUBMIT, "The image is blurred");
        execute(job());

        ClockUtil.setCurrentTime(Date.from(APPLIED_AT.plus(15, DAYS)));
        execute(job(Elements.RESUBMISSION_EXPIRED, process));

        verify(markExpired).execute(any());
        assertThat(process).hasPassed(Elements.MARK_EXPIRED, Elements.END_EXPIRED).isEnded();
        verifyNoInteractions(addStudentRecord);
    }

    @Test
    void shouldRemindTheStaffOfAnOverdueReviewAndKeepTheTask() throws Exception {
        ProcessInstance process = applied();
        ProcessInstance review = calledProcessInstance(process);
        assertThat(job(StudentIdReviewProcess.Elements.REVIEW_OVERDUE, review).getDuedate().toInstant())
                .isEqualTo(APPLIED_AT.plus(3, DAYS));

        ClockUtil.setCurrentTime(Date.from(APPLIED_AT.plus(3, DAYS).plusSeconds(1)));
        execute(job(StudentIdReviewProcess.Elements.REVIEW_OVERDUE, review));
        execute(job(StudentIdReviewProcess.Elements.SEND_REVIEW_REMINDER, review));

        verify(sendReviewReminder).execute(any());
        assertThat(review).hasPassed(StudentIdReviewProcess.Elements.END_REMINDER_SENT)
                .isWaitingAt(StudentIdReviewProcess.Elements.REVIEW);
        decide(process, ReviewDecision.REJECT, "Not enrolled");
        execute(job());
        assertThat(process).isEnded();
    }

    @Test
    void shouldRefuseADecisionThatIsNoneOfTheReviewsOutcomes() {
        // Given an application under review
        ProcessInstance process = applied();
        ProcessInstance review = calledProcessInstance(process);
        String taskId = task(review).getId();

        // When the task is completed with a decision the review does not know (the task listener refuses it first)
        assertThatThrownBy(() -> taskService().complete(taskId, withVariables(Variables.DECISION, "approved")))
                .isInstanceOf(ProcessEngineException.class);

        // Then nothing moved: the task waits for a real decision
        assertThat(review).isWaitingAt(StudentIdReviewProcess.Elements.REVIEW);
        assertThat(process).isWaitingAt(Elements.CALL_REVIEW);
        verifyNoInteractions(addStudentRecord, markRejected, markResubmissionRequested);
    }

    private ProcessInstance urlRequested() {
        ProcessInstance process = runtimeService.startProcessInstanceByKey(AddStudentIdProcess.KEY,
                APPLICATION_ID.toString(), withVariables(
                        Variables.APPLICATION_ID, APPLICATION_ID,
                        Variables.URL_VALIDITY, URL_VALIDITY,
                        Variables.RESUBMISSION_WAIT, RESUBMISSION_WAIT));
        assertThat(process).hasPassed(Elements.START);
        return process;
    }

    /** The URL mailed and the form submitted through it. */
    private ProcessInstance applied() {
        ProcessInstance process = urlRequested();
        execute(job());
        runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_FORM_SUBMITTED)
                .processInstanceBusinessKey(APPLICATION_ID.toString())
                .setVariable(Variables.TENANT_ID, null)
                .setVariable(Variables.REVIEWER_GROUP, REVIEWER_GROUP)
                .setVariable(Variables.REVIEW_REMINDER_AT, Date.from(APPLIED_AT.plus(3, DAYS)))
                .correlate();
        assertThat(process).hasPassedInOrder(Elements.WAIT_FOR_FORM, Elements.SUBMITTED)
                .isWaitingAt(Elements.CALL_REVIEW);
        return process;
    }

    private void replaced() {
        runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_REPLACED)
                .processInstanceBusinessKey(APPLICATION_ID.toString())
                .correlate();
    }

    /** What the approval step finds: the student ID added, or already on an account. */
    private void recordAdded(boolean added) throws Exception {
        doAnswer(invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable(Variables.RECORD_ADDED, added);
            return null;
        }).when(addStudentRecord).execute(any());
    }

    private void decide(ProcessInstance process, ReviewDecision decision, String reason) {
        assertThat(process).isWaitingAt(Elements.CALL_REVIEW);
        complete(task(calledProcessInstance(process)), reason == null
                ? withVariables(Variables.DECISION, decision.value())
                : withVariables(Variables.DECISION, decision.value(), "decisionReason", reason));
        assertThat(process).isStarted();
    }
}
