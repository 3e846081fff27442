package jp.shomei.studentid;

import java.time.Duration;
import jp.shomei.review.ReviewTaskListeners;
import jp.shomei.studentid.AddStudentIdProcess.Beans;
import jp.shomei.studentid.AddStudentIdProcess.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the student ID process and its review: each reads its id through the contract, makes one
 * service call, and returns.
 */
@Configuration(proxyBeanMethods = false)
class StudentIdAdapters {

    @Bean(Beans.SEND_FORM_URL)
    JavaDelegate sendStudentIdFormUrlAdapter(StudentIdMails mails) {
        return execution -> mails.sendFormUrl(AddStudentIdProcess.applicationId(execution),
                Duration.parse(AddStudentIdProcess.urlValidity(execution)));
    }

    @Bean(Beans.ADD_STUDENT_RECORD)
    JavaDelegate addStudentRecordAdapter(StudentIds studentIds) {
        return execution -> execution.setVariable(Variables.RECORD_ADDED,
                studentIds.addStudentRecord(AddStudentIdProcess.applicationId(execution)));
    }

    @Bean(Beans.SEND_APPROVAL_MAIL)
    JavaDelegate sendStudentIdApprovalMailAdapter(StudentIdMails mails) {
        return execution -> mails.sendApproval(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(Beans.SEND_DUPLICATE_MAIL)
    JavaDelegate sendStudentIdDuplicateMailAdapter(StudentIdMails mails) {
        return execution -> mails.sendAlreadyRegistered(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(Beans.MARK_REJECTED)
    JavaDelegate markStudentIdRejectedAdapter(StudentIds studentIds) {
        return execution -> studentIds.markRejected(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(Beans.SEND_REJECTION_MAIL)
    JavaDelegate sendStudentIdRejectionMailAdapter(StudentIdMails mails) {
        return execution -> mails.sendRejection(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(Beans.MARK_RESUBMISSION_REQUESTED)
    JavaDelegate markStudentIdResubmissionRequestedAdapter(StudentIds studentIds) {
        return execution -> studentIds.markResubmissionRequested(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(Beans.SEND_RESUBMISSION_MAIL)
    JavaDelegate sendStudentIdResubmissionMailAdapter(StudentIdMails mails) {
        return execution -> mails.sendResubmissionRequest(AddStudentIdProcess.applicationId(execution),
                Duration.parse(AddStudentIdProcess.resubmissionWait(execution)));
    }

    @Bean(Beans.MARK_EXPIRED)
    JavaDelegate markStudentIdExpiredAdapter(StudentIds studentIds) {
        return execution -> studentIds.markExpired(AddStudentIdProcess.applicationId(execution));
    }

    @Bean(StudentIdReviewProcess.Beans.REVIEW_TASK_LISTENER)
    TaskListener studentIdReviewTaskListener(ReviewTaskListeners reviews, StudentIdReviews studentIdReviews) {
        return reviews.listenerFor(studentIdReviews);
    }

    @Bean(StudentIdReviewProcess.Beans.SEND_REVIEW_REMINDER)
    JavaDelegate sendStudentIdReviewReminderAdapter(ReviewTaskListeners reviews, StudentIdReviews studentIdReviews) {
        return reviews.reminderFor(studentIdReviews);
    }
}
