package jp.shomei.registration;

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
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.shomei.mail.MailJobs;
import jp.shomei.registration.RegistrationProcess.Beans;
import jp.shomei.registration.RegistrationProcess.Elements;
import jp.shomei.registration.RegistrationProcess.Variables;
import jp.shomei.review.ReviewDecision;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * The registration process (processes/registration.bpmn) on its own: an in-memory engine from
 * src/test/resources/process-test.camunda.cfg.xml, every delegate a Mockito mock, async jobs and the URL timer driven by hand
 * with the engine clock. Together the tests pass every flow node and sequence flow, which the coverage
 * extension checks after the class.
 */
@Deployment(resources = {"processes/registration.bpmn", "processes/registration-review.bpmn"})
class RegistrationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final Long REGISTRATION_ID = 4711L;
    private static final String URL_VALIDITY = "PT30M";
    private static final String REVIEWER_GROUP = "staff-toto";
    private static final Instant MAIL_ADDRESS_ENTERED_AT = Instant.parse("2025-04-01T09:00:00Z");

    private final JavaDelegate sendOneTimeUrl = mock(JavaDelegate.class);
    private final JavaDelegate markExpired = mock(JavaDelegate.class);
    private final JavaDelegate openAccount = mock(JavaDelegate.class);
    private final JavaDelegate sendApprovalMail = mock(JavaDelegate.class);
    private final JavaDelegate sendOldAddressNotice = mock(JavaDelegate.class);
    private final JavaDelegate markRejected = mock(JavaDelegate.class);
    private final JavaDelegate sendRejectionMail = mock(JavaDelegate.class);
    private final JavaDelegate markResubmissionRequested = mock(JavaDelegate.class);
    private final JavaDelegate sendResubmissionMail = mock(JavaDelegate.class);
    private final JavaDelegate expireInitialPassword = mock(JavaDelegate.class);
    private final JavaDelegate reissueInitialPassword = mock(JavaDelegate.class);
    private final JavaDelegate sendReviewReminder = mock(JavaDelegate.class);
    private final TaskListener reviewTaskListener = mock(TaskListener.class);

    /** The events the review task listener saw, in order (the task entity changes after the call). */
    private final List<String> reviewTaskEvents = new ArrayList<>();

    private RuntimeService runtimeService;
    private ManagementService managementService;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        runtimeService = extension.getRuntimeService();
        managementService = extension.getManagementService();
        ClockUtil.setCurrentTime(Date.from(MAIL_ADDRESS_ENTERED_AT));

        Mocks.register(Beans.SEND_ONE_TIME_URL, sendOneTimeUrl);
        Mocks.register(Beans.MARK_EXPIRED, markExpired);
        Mocks.register(Beans.OPEN_ACCOUNT, openAccount);
        Mocks.register(Beans.SEND_APPROVAL_MAIL, sendApprovalMail);
        Mocks.register(Beans.SEND_OLD_ADDRESS_NOTICE, sendOldAddressNotice);
        Mocks.register(Beans.MARK_REJECTED, markRejected);
        Mocks.register(Beans.SEND_REJECTION_MAIL, sendRejectionMail);
        Mocks.register(Beans.MARK_RESUBMISSION_REQUESTED, markResubmissionRequested);
        Mocks.register(Beans.SEND_RESUBMISSION_MAIL, sendResubmissionMail);
        Mocks.register(Beans.EXPIRE_INITIAL_PASSWORD, expireInitialPassword);
        Mocks.register(Beans.REISSUE_INITIAL_PASSWORD, reissueInitialPassword);
        Mocks.register(RegistrationReviewProcess.Beans.SEND_REVIEW_REMINDER, sendReviewReminder);
        Mocks.register(RegistrationReviewProcess.Beans.REVIEW_TASK_LISTENER, reviewTaskListener);
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
    void shouldWaitForTheApplicationAfterMailingTheUrl() throws Exception {
        // Given a graduate entered the mail address
        ProcessInstance registration = startRegistration(false);
        assertThat(registration).isWaitingAt(Elements.SEND_ONE_TIME_URL);

        // When the job mails the one-time URL
        executeMailJob();

        // Then the process waits for the form, at most for the URL's validity
        assertThat(registration)
                .hasPassed(Elements.START, Elements.SEND_ONE_TIME_URL)
                .isWaitingAt(Elements.WAIT_FOR_APPLICATION);
        verify(sendOneTimeUrl).execute(any());
        Job urlExpiry = job(Elements.URL_EXPIRED, registration);
        assertThat(urlExpiry.getDuedate().toInstant()).isEqualTo(MAIL_ADDRESS_ENTERED_AT.plus(30, MINUTES));
        assertThat(urlExpiry.getPriority()).isZero();
        verifyNoInteractions(markExpired, openAccount, sendApprovalMail, sendOldAddressNotice, sendRejectionMail,
                sendResubmissionMail, reviewTaskListener);
    }

    @Test
    void shouldExpireWhenNoApplicationComesIn30Minutes() throws Exception {
        // Given the URL was mailed and no form came in
        ProcessInstance registration = urlMailed(false);

        // When 31 minutes have passed and the due timer fires
        ClockUtil.setCurrentTime(Date.from(MAIL_ADDRESS_ENTERED_AT.plus(31, MINUTES)));
        Job urlExpiry = managementService.createJobQuery().processInstanceId(registration.getId())
                .executable().singleResult();
        assertThat(urlExpiry).isNotNull();
        execute(urlExpiry);

        // Then the registration is marked expired and the process ends there
        assertThat(registration)
                .hasPassed(Elements.URL_EXPIRED, Elements.MARK_EXPIRED, Elements.END_EXPIRED)
                .hasNotPassed(Elements.CALL_REVIEW)
                .isEnded();
        verify(markExpired).execute(any());
        verifyNoInteractions(openAccount, sendApprovalMail, sendOldAddressNotice, sendRejectionMail,
                sendResubmissionMail, reviewTaskListener);
    }

    @Test
    void shouldMailAheadOfTheUrlTimersThatFellDue() {
        // Given a registration whose URL timer is due
        ProcessInstance expiring = urlMailed(false);
        ClockUtil.setCurrentTime(Date.from(MAIL_ADDRESS_ENTERED_AT.plus(31, MINUTES)));

        // When another graduate enters a mail address
        ProcessInstance mailing = startRegistration(false);

        // Then the job executor, which acquires by priority, takes the new registration's mail first
        List<Job> byPriority = managementService.createJobQuery().executable().orderByJobPriority().desc().list();
        assertThat(byPriority).extracting(Job::getProcessInstanceId).containsExactly(mailing.getId(), expiring.getId());
        assertThat(byPriority).extracting(Job::getPriority).containsExactly(MailJobs.WAITED_FOR_PRIORITY, 0L);
    }

    @Test
    void shouldNotExpireBeforeTheDeadline() {
        // Given the URL was mailed and no form came in
        ProcessInstance registration = urlMailed(false);

        // When only 29 minutes have passed
        ClockUtil.setCurrentTime(Date.from(MAIL_ADDRESS_ENTERED_AT.plus(29, MINUTES)));

        // Then no job is due and the process still waits for the form
        assertThat(managementService.createJobQuery().executable().list()).isEmpty();
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_APPLICATION).hasNotPassed(Elements.URL_EXPIRED);
        verifyNoInteractions(markExpired);
    }

    @Test
    void shouldOfferTheReviewToTheUniversityStaffOnceSubmitted() {
        // Given the URL was mailed
        ProcessInstance registration = urlMailed(false);

        // When the applicant submits the form
        submitApplication(registration);

        // Then the submission is a milestone, the university's staff get the review task and the URL no longer expires
        assertThat(registration).hasPassedInOrder(Elements.WAIT_FOR_APPLICATION, Elements.SUBMITTED)
                .isWaitingAt(Elements.CALL_REVIEW);
        assertThat(task(calledProcessInstance(registration)))
                .hasDefinitionKey(RegistrationReviewProcess.Elements.REVIEW)
                .hasCandidateGroup(REVIEWER_GROUP)
                .isNotAssigned();
        assertThat(reviewTaskEvents).containsExactly(TaskListener.EVENTNAME_CREATE);
        // The review knows its registration by the business key, which staff cannot change, not by a variable
        ProcessInstance review = calledProcessInstance(registration);
        assertThat(review.getBusinessKey()).isEqualTo(REGISTRATION_ID.toString());
        assertThat(runtimeService.getVariables(review.getId())).doesNotContainKey(Variables.REGISTRATION_ID);
        assertThat(managementService.createJobQuery().processInstanceId(registration.getId())
                .activityId(Elements.URL_EXPIRED).count()).isZero();
        verifyNoInteractions(markExpired, openAccount, sendApprovalMail, sendOldAddressNotice, sendRejectionMail,
                sendResubmissionMail);
    }

    @Test
    void shouldOpenAnAccountAndMailThePasswordWhenApproved() throws Exception {
        // Given a new (not re-) application is under review
        ProcessInstance registration = underReview(false);

        // When staff approve it
        ProcessInstance review = decide(registration, ReviewDecision.APPROVE, null);
        assertThat(review).hasPassedInOrder(RegistrationReviewProcess.Elements.REVIEW,
                        RegistrationReviewProcess.Elements.DECISION, RegistrationReviewProcess.Elements.END_APPROVED)
                .isEnded();
        assertThat(registration).isWaitingAt(Elements.OPEN_ACCOUNT);
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.SEND_APPROVAL_MAIL);
        executeMailJob();
        setPasswords(registration);

        // Then the account is opened, the password mailed, and no old address is told
        assertThat(registration)
                .hasPassedInOrder(Elements.CALL_REVIEW, Elements.OPEN_ACCOUNT, Elements.SEND_APPROVAL_MAIL,
                        Elements.END_APPROVED)
                .hasNotPassed(Elements.SEND_OLD_ADDRESS_NOTICE, Elements.SEND_REJECTION_MAIL,
                        Elements.SEND_RESUBMISSION_MAIL)
                .isEnded();
        InOrder inOrder = inOrder(openAccount, sendApprovalMail);
        inOrder.verify(openAccount).execute(any());
        inOrder.verify(sendApprovalMail).execute(any());
        assertThat(reviewTaskEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
        verifyNoInteractions(sendOldAddressNotice, sendRejectionMail, sendResubmissionMail, markExpired);
    }

    @Test
    void shouldTellTheOldAddressWhenAReapplicationIsApproved() throws Exception {
        // Given a re-application (the account moves to the new address) is under review
        ProcessInstance registration = underReview(true);

        // When staff approve it
        decide(registration, ReviewDecision.APPROVE, null);
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.SEND_APPROVAL_MAIL);
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.SEND_OLD_ADDRESS_NOTICE);
        executeMailJob();
        setPasswords(registration);

        // Then after moving the account and mailing the password, the old address is told as well
        assertThat(registration)
                .hasPassedInOrder(Elements.OPEN_ACCOUNT, Elements.SEND_APPROVAL_MAIL,
                        Elements.SEND_OLD_ADDRESS_NOTICE, Elements.END_APPROVED)
                .isEnded();
        InOrder inOrder = inOrder(openAccount, sendApprovalMail, sendOldAddressNotice);
        inOrder.verify(openAccount).execute(any());
        inOrder.verify(sendApprovalMail).execute(any());
        inOrder.verify(sendOldAddressNotice).execute(any());
        verifyNoInteractions(sendRejectionMail, sendResubmissionMail, markExpired);
    }

    @Test
    void shouldMailTheReasonWhenRejected() throws Exception {
        // Given an application is under review
        ProcessInstance registration = underReview(false);
        AtomicReference<Object> reasonInTheMail = new AtomicReference<>();
        doAnswer(invocation -> {
            reasonInTheMail.set(invocation.<DelegateExecution>getArgument(0).getVariable(Variables.DECISION_REASON));
            return null;
        }).when(sendRejectionMail).execute(any());

        // When staff reject it with a reason
        ProcessInstance review = decide(registration, ReviewDecision.REJECT, "Not a graduate of this university");
        assertThat(review).hasPassed(RegistrationReviewProcess.Elements.END_REJECTED)
                .hasNotPassed(RegistrationReviewProcess.Elements.END_APPROVED).isEnded();
        // Then the application is marked rejected at once, a step of its own before the mail
        verify(markRejected).execute(any());
        assertThat(registration).hasPassed(Elements.MARK_REJECTED).isWaitingAt(Elements.SEND_REJECTION_MAIL);
        executeMailJob();

        // And the rejection mail goes out with the reason and the process ends rejected
        assertThat(registration)
                .hasPassedInOrder(Elements.CALL_REVIEW, Elements.MARK_REJECTED, Elements.SEND_REJECTION_MAIL,
                        Elements.END_REJECTED)
                .hasNotPassed(Elements.OPEN_ACCOUNT, Elements.SEND_RESUBMISSION_MAIL)
                .isEnded();
        verify(sendRejectionMail).execute(any());
        assertThat(reasonInTheMail).hasValue("Not a graduate of this university");
        verifyNoInteractions(openAccount, sendApprovalMail, sendOldAddressNotice, sendResubmissionMail, markExpired);
    }

    @Test
    void shouldAskForResubmissionAndReviewAgainThenApprove() throws Exception {
        // Given an application is under review
        ProcessInstance registration = underReview(false);

        // When staff ask for a resubmission
        ProcessInstance firstReview = decide(registration, ReviewDecision.RESUBMIT,
                "The photo of the ID card is blurred");
        assertThat(firstReview).hasPassed(RegistrationReviewProcess.Elements.END_RESUBMISSION_REQUESTED).isEnded();
        verify(markResubmissionRequested).execute(any());
        assertThat(registration).hasPassed(Elements.MARK_RESUBMISSION_REQUESTED)
                .isWaitingAt(Elements.SEND_RESUBMISSION_MAIL);
        executeMailJob();

        // Then the reason and a new URL are mailed and the process waits for the form again
        verify(sendResubmissionMail).execute(any());
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_APPLICATION);
        assertThat(job(Elements.URL_EXPIRED, registration)).isNotNull();

        // When the corrected form comes in
        submitApplication(registration);

        // Then staff review it again
        assertThat(registration).isWaitingAt(Elements.CALL_REVIEW);
        assertThat(task(calledProcessInstance(registration))).hasCandidateGroup(REVIEWER_GROUP);

        // When they approve it this time
        decide(registration, ReviewDecision.APPROVE, null);
        executeMailJob();
        executeMailJob();
        setPasswords(registration);

        // Then the account is opened and the process ends approved
        assertThat(registration)
                .hasPassedInOrder(Elements.SUBMITTED, Elements.CALL_REVIEW, Elements.SEND_RESUBMISSION_MAIL,
                        Elements.WAIT_FOR_APPLICATION, Elements.SUBMITTED, Elements.CALL_REVIEW, Elements.OPEN_ACCOUNT,
                        Elements.SEND_APPROVAL_MAIL, Elements.END_APPROVED)
                .isEnded();
        verify(sendOneTimeUrl).execute(any());
        verify(sendResubmissionMail).execute(any());
        verify(openAccount).execute(any());
        verify(sendApprovalMail).execute(any());
        assertThat(reviewTaskEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE,
                TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
        verifyNoInteractions(sendOldAddressNotice, sendRejectionMail, markExpired);
    }

    @Test
    void shouldExpireWhenTheResubmissionDoesNotComeIn() throws Exception {
        // Given staff asked for a resubmission 20 minutes after the mail address was entered
        ProcessInstance registration = underReview(false);
        Instant resubmissionAskedAt = MAIL_ADDRESS_ENTERED_AT.plus(20, MINUTES);
        ClockUtil.setCurrentTime(Date.from(resubmissionAskedAt));
        decide(registration, ReviewDecision.RESUBMIT, "The photo of the ID card is blurred");
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_APPLICATION);
        assertThat(job(Elements.URL_EXPIRED, registration).getDuedate().toInstant())
                .isEqualTo(resubmissionAskedAt.plus(30, MINUTES));

        // When the first URL's deadline has passed, the new URL is still valid
        ClockUtil.setCurrentTime(Date.from(resubmissionAskedAt.plus(29, MINUTES)));
        assertThat(managementService.createJobQuery().executable().list()).isEmpty();

        // When no form comes in within 30 minutes of the resubmission mail
        ClockUtil.setCurrentTime(Date.from(resubmissionAskedAt.plus(31, MINUTES)));
        Job urlExpiry = managementService.createJobQuery().processInstanceId(registration.getId())
                .executable().singleResult();
        assertThat(urlExpiry).isNotNull();
        execute(urlExpiry);

        // Then the registration is marked expired and the process ends there
        assertThat(registration)
                .hasPassedInOrder(Elements.SEND_RESUBMISSION_MAIL, Elements.URL_EXPIRED, Elements.MARK_EXPIRED,
                        Elements.END_EXPIRED)
                .isEnded();
        verify(sendResubmissionMail).execute(any());
        verify(markExpired).execute(any());
        verifyNoInteractions(openAccount, sendApprovalMail, sendOldAddressNotice, sendRejectionMail);
    }

    @Test
    void shouldExpireTheInitialPasswordWhenNoFirstLoginSetsPasswordsIn7Days() throws Exception {
        // Given an approved application whose initial password was mailed
        ProcessInstance registration = underReview(false);
        decide(registration, ReviewDecision.APPROVE, null);
        executeMailJob();
        Instant mailedAt = MAIL_ADDRESS_ENTERED_AT.plus(1, DAYS);
        ClockUtil.setCurrentTime(Date.from(mailedAt));
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        Job passwordExpiry = job(Elements.INITIAL_PASSWORD_EXPIRED, registration);
        assertThat(passwordExpiry.getDuedate().toInstant()).isEqualTo(mailedAt.plus(7, DAYS));
        assertThat(passwordExpiry.getPriority()).isZero();

        // When the graduate has not set the passwords 7 days later
        ClockUtil.setCurrentTime(Date.from(mailedAt.plus(7, DAYS).plusSeconds(1)));
        execute(managementService.createJobQuery().processInstanceId(registration.getId()).executable()
                .singleResult());

        // Then the initial password is expired and the process ends there
        assertThat(registration)
                .hasPassedInOrder(Elements.SEND_APPROVAL_MAIL, Elements.INITIAL_PASSWORD_EXPIRED,
                        Elements.EXPIRE_INITIAL_PASSWORD, Elements.END_INITIAL_PASSWORD_EXPIRED)
                .hasNotPassed(Elements.END_APPROVED)
                .isEnded();
        verify(expireInitialPassword).execute(any());
    }

    @Test
    void shouldGiveAReissuedInitialPasswordAFresh7Days() throws Exception {
        // Given the initial password was mailed a day after the application and 5 days have passed since
        ProcessInstance registration = underReview(false);
        decide(registration, ReviewDecision.APPROVE, null);
        executeMailJob();
        Instant mailedAt = MAIL_ADDRESS_ENTERED_AT.plus(1, DAYS);
        ClockUtil.setCurrentTime(Date.from(mailedAt));
        executeMailJob();
        Instant reissuedAt = mailedAt.plus(5, DAYS);
        ClockUtil.setCurrentTime(Date.from(reissuedAt));
        reissueMails(true);

        // When staff ask for a new one
        requestReissue(registration);

        // Then one job issues and mails it, and the wait starts again with its own 7 days
        assertThat(registration).isWaitingAt(Elements.REISSUE_INITIAL_PASSWORD);
        executeMailJob();
        verify(reissueInitialPassword).execute(any());
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        assertThat(job(Elements.INITIAL_PASSWORD_EXPIRED, registration).getDuedate().toInstant())
                .isEqualTo(reissuedAt.plus(7, DAYS));

        // When 6 days have passed since the re-issue, 11 since the first mail
        ClockUtil.setCurrentTime(Date.from(reissuedAt.plus(6, DAYS)));

        // Then the password has not expired
        assertThat(managementService.createJobQuery().executable().list()).isEmpty();
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        verifyNoInteractions(expireInitialPassword);

        // When 7 days have passed since the re-issue
        ClockUtil.setCurrentTime(Date.from(reissuedAt.plus(7, DAYS).plusSeconds(1)));
        execute(managementService.createJobQuery().processInstanceId(registration.getId()).executable()
                .singleResult());

        // Then it expires and the process ends there
        assertThat(registration)
                .hasPassedInOrder(Elements.SEND_APPROVAL_MAIL, Elements.INITIAL_PASSWORD_REISSUE_REQUESTED,
                        Elements.REISSUE_INITIAL_PASSWORD, Elements.INITIAL_PASSWORD_REISSUED,
                        Elements.INITIAL_PASSWORD_EXPIRED, Elements.EXPIRE_INITIAL_PASSWORD,
                        Elements.END_INITIAL_PASSWORD_EXPIRED)
                .isEnded();
        verify(expireInitialPassword).execute(any());
    }

    @Test
    void shouldEndApprovedWhenThePasswordsWereSetBeforeTheReissueWentOut() throws Exception {
        // Given staff asked for a new initial password and its mail has not gone out yet
        ProcessInstance registration = underReview(false);
        decide(registration, ReviewDecision.APPROVE, null);
        executeMailJob();
        executeMailJob();
        requestReissue(registration);
        assertThat(registration).isWaitingAt(Elements.REISSUE_INITIAL_PASSWORD);

        // When the graduate sets the passwords with the previous initial password before the job runs
        reissueMails(false);
        executeMailJob();

        // Then no new password replaces them and the registration ends approved
        verify(reissueInitialPassword).execute(any());
        assertThat(registration)
                .hasPassedInOrder(Elements.REISSUE_INITIAL_PASSWORD, Elements.INITIAL_PASSWORD_REISSUED,
                        Elements.END_APPROVED)
                .hasNotPassed(Elements.EXPIRE_INITIAL_PASSWORD)
                .isEnded();
        verifyNoInteractions(expireInitialPassword);
    }

    @Test
    void shouldStartTheWaitAnewForAnAccountThatNoRegistrationWaitsFor() throws Exception {
        // Given an account whose initial password expired (or that came without a registration)
        Instant reissuedAt = MAIL_ADDRESS_ENTERED_AT.plus(30, DAYS);
        ClockUtil.setCurrentTime(Date.from(reissuedAt));
        reissueMails(true);

        // When staff ask for a new initial password
        ProcessInstance wait = runtimeService.startProcessInstanceByMessage(
                RegistrationProcess.MESSAGE_INITIAL_PASSWORD_WAIT_STARTED, REGISTRATION_ID.toString(),
                withVariables(Variables.ACCOUNT_ID, 42L, Variables.INITIAL_PASSWORD_VALIDITY, "P7D"));

        // Then a job issues and mails it, and the process waits 7 days for the password setting
        assertThat(wait).isWaitingAt(Elements.REISSUE_INITIAL_PASSWORD);
        executeMailJob();
        assertThat(wait).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        assertThat(job(Elements.INITIAL_PASSWORD_EXPIRED, wait).getDuedate().toInstant())
                .isEqualTo(reissuedAt.plus(7, DAYS));

        // When the graduate sets the passwords
        setPasswords(wait);

        // Then it ends approved, without the registration's earlier steps
        assertThat(wait)
                .hasPassedInOrder(Elements.INITIAL_PASSWORD_WAIT_STARTED, Elements.REISSUE_INITIAL_PASSWORD,
                        Elements.WAIT_FOR_PASSWORDS, Elements.END_APPROVED)
                .hasNotPassed(Elements.START, Elements.OPEN_ACCOUNT, Elements.SEND_APPROVAL_MAIL)
                .isEnded();
        verifyNoInteractions(sendOneTimeUrl, openAccount, sendApprovalMail);
    }

    @Test
    void shouldRemindTheStaffWhenTheReviewWaitsTooLongAndKeepTheTask() throws Exception {
        // Given an application under review, overdue 3 days after it came in
        ProcessInstance registration = underReview(false);
        ProcessInstance review = calledProcessInstance(registration);
        assertThat(job(RegistrationReviewProcess.Elements.REVIEW_OVERDUE, review).getDuedate().toInstant())
                .isEqualTo(MAIL_ADDRESS_ENTERED_AT.plus(3, DAYS));

        // When the review is still open then
        ClockUtil.setCurrentTime(Date.from(MAIL_ADDRESS_ENTERED_AT.plus(3, DAYS).plusSeconds(1)));
        execute(job(RegistrationReviewProcess.Elements.REVIEW_OVERDUE, review));
        execute(job(RegistrationReviewProcess.Elements.SEND_REVIEW_REMINDER, review));

        // Then the staff are reminded and the task waits on, to be decided as usual
        verify(sendReviewReminder).execute(any());
        assertThat(review).hasPassed(RegistrationReviewProcess.Elements.SEND_REVIEW_REMINDER,
                        RegistrationReviewProcess.Elements.END_REMINDER_SENT)
                .isWaitingAt(RegistrationReviewProcess.Elements.REVIEW);
        decide(registration, ReviewDecision.REJECT, "Not enrolled");
        executeMailJob();
        assertThat(registration).isEnded();
    }

    @Test
    void shouldRefuseADecisionThatIsNoneOfTheReviewsOutcomes() {
        // Given an application under review
        ProcessInstance registration = underReview(false);
        ProcessInstance review = calledProcessInstance(registration);
        String taskId = task(review).getId();

        // When the task is completed with a decision the review does not know (the task listener refuses it first)
        assertThatThrownBy(() -> taskService().complete(taskId, withVariables(Variables.DECISION, "approved")))
                .isInstanceOf(ProcessEngineException.class);

        // Then nothing moved: the task waits for a real decision
        assertThat(review).isWaitingAt(RegistrationReviewProcess.Elements.REVIEW);
        assertThat(registration).isWaitingAt(Elements.CALL_REVIEW);
        verifyNoInteractions(openAccount, markRejected, markResubmissionRequested);
    }

    /** Runs the registration's waiting asynchronous step, a mail or the account a mail follows, at mail priority. */
    private void executeMailJob() {
        Job step = job();
        assertThat(step.getPriority()).isEqualTo(MailJobs.WAITED_FOR_PRIORITY);
        execute(step);
    }

    private void requestReissue(ProcessInstance registration) {
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_INITIAL_PASSWORD_REISSUE_REQUESTED)
                .processInstanceId(registration.getId())
                .correlateWithResult();
    }

    /** The re-issue job tells whether it mailed a password or found the passwords set meanwhile. */
    private void reissueMails(boolean reissued) throws Exception {
        doAnswer(invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable(Variables.INITIAL_PASSWORD_REISSUED, reissued);
            return null;
        }).when(reissueInitialPassword).execute(any());
    }

    private void setPasswords(ProcessInstance registration) {
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_PASSWORDS);
        runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_PASSWORDS_SET)
                .processInstanceId(registration.getId())
                .correlateWithResult();
        verifyNoInteractions(expireInitialPassword);
    }

    private ProcessInstance startRegistration(boolean reapplication) {
        return runtimeService.startProcessInstanceByKey(RegistrationProcess.KEY, REGISTRATION_ID.toString(), withVariables(
                Variables.REGISTRATION_ID, REGISTRATION_ID,
                Variables.URL_VALIDITY, URL_VALIDITY,
                Variables.INITIAL_PASSWORD_VALIDITY, "P7D",
                Variables.REVIEW_REMINDER_AT, Date.from(MAIL_ADDRESS_ENTERED_AT.plus(3, DAYS)),
                Variables.REVIEWER_GROUP, REVIEWER_GROUP,
                Variables.TENANT_ID, null,
                Variables.REAPPLICATION, reapplication));
    }

    private ProcessInstance urlMailed(boolean reapplication) {
        ProcessInstance registration = startRegistration(reapplication);
        assertThat(registration).isWaitingAt(Elements.SEND_ONE_TIME_URL);
        executeMailJob();
        assertThat(registration).isWaitingAt(Elements.WAIT_FOR_APPLICATION);
        return registration;
    }

    private ProcessInstance underReview(boolean reapplication) {
        ProcessInstance registration = urlMailed(reapplication);
        submitApplication(registration);
        assertThat(registration).isWaitingAt(Elements.CALL_REVIEW);
        return registration;
    }

    private void submitApplication(ProcessInstance registration) {
        MessageCorrelationResult result = runtimeService
                .createMessageCorrelation(RegistrationProcess.MESSAGE_APPLICATION_SUBMITTED)
                .processInstanceId(registration.getId())
                .correlateWithResult();
        assertThat(result.getExecution().getProcessInstanceId()).isEqualTo(registration.getId());
    }

    /** Completes the review task with the decision; returns the review, which has ended. */
    private ProcessInstance decide(ProcessInstance registration, ReviewDecision decision, String reason) {
        assertThat(registration).isWaitingAt(Elements.CALL_REVIEW);
        ProcessInstance review = calledProcessInstance(registration);
        complete(task(review), reason == null
                ? withVariables(Variables.DECISION, decision.value())
                : withVariables(Variables.DECISION, decision.value(), Variables.DECISION_REASON, reason));
        // Back to the registration, so that job() and task() look there again.
        assertThat(registration).isStarted();
        return review;
    }
}
