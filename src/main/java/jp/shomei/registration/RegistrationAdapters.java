package jp.shomei.registration;

import static jp.shomei.registration.RegistrationProcess.accountId;
import static jp.shomei.registration.RegistrationProcess.decisionReason;
import static jp.shomei.registration.RegistrationProcess.registrationId;
import static jp.shomei.registration.RegistrationProcess.urlValidity;

import jp.shomei.account.AccountProperties;
import jp.shomei.account.AccountService;
import jp.shomei.registration.RegistrationProcess.Beans;
import jp.shomei.registration.RegistrationProcess.Variables;
import jp.shomei.review.ReviewTaskListeners;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the registration and its review: each reads its ids, makes one service call, and returns. */
@Configuration(proxyBeanMethods = false)
class RegistrationAdapters {

    @Bean(Beans.SEND_ONE_TIME_URL)
    JavaDelegate sendOneTimeUrlAdapter(RegistrationMails mails) {
        return execution -> mails.sendOneTimeUrl(registrationId(execution), urlValidity(execution));
    }

    @Bean(Beans.SEND_RESUBMISSION_MAIL)
    JavaDelegate sendResubmissionMailAdapter(RegistrationMails mails) {
        return execution -> mails.sendResubmissionRequest(registrationId(execution),
                decisionReason(execution), urlValidity(execution));
    }

    @Bean(Beans.MARK_REJECTED)
    JavaDelegate markRegistrationRejectedAdapter(RegistrationDecisions decisions) {
        return execution -> decisions.reject(registrationId(execution));
    }

    @Bean(Beans.MARK_RESUBMISSION_REQUESTED)
    JavaDelegate markResubmissionRequestedAdapter(RegistrationDecisions decisions) {
        return execution -> decisions.askForResubmission(registrationId(execution));
    }

    @Bean(Beans.MARK_EXPIRED)
    JavaDelegate markRegistrationExpiredAdapter(RegistrationDecisions decisions) {
        return execution -> decisions.expire(registrationId(execution));
    }

    @Bean(Beans.OPEN_ACCOUNT)
    JavaDelegate openAccountAdapter(RegistrationDecisions decisions) {
        return execution -> execution.setVariable(Variables.ACCOUNT_ID, decisions.approve(registrationId(execution)));
    }

    @Bean(Beans.EXPIRE_INITIAL_PASSWORD)
    JavaDelegate expireInitialPasswordAdapter(AccountService accounts) {
        return execution -> accounts.expireInitialPassword(accountId(execution));
    }

    @Bean(Beans.REISSUE_INITIAL_PASSWORD)
    JavaDelegate reissueInitialPasswordAdapter(RegistrationMails mails) {
        return execution -> execution.setVariable(Variables.INITIAL_PASSWORD_REISSUED,
                mails.sendReissuedInitialPassword(accountId(execution)));
    }

    @Bean(Beans.SEND_APPROVAL_MAIL)
    JavaDelegate sendApprovalMailAdapter(RegistrationMails mails, RegistrationRepository registrations,
            AccountService accounts, AccountProperties accountProperties) {
        return execution -> {
            Long registrationId = registrationId(execution);
            Long accountId = registrations.findById(registrationId).orElseThrow().getAccountId();
            String password = accounts.issueInitialPassword(accountId);
            mails.sendApproval(registrationId, password, accountProperties.initialPasswordValidity());
        };
    }

    @Bean(Beans.SEND_OLD_ADDRESS_NOTICE)
    JavaDelegate sendOldAddressNoticeAdapter(RegistrationMails mails) {
        return execution -> mails.sendOldAddressNotice(registrationId(execution));
    }

    @Bean(RegistrationReviewProcess.Beans.SEND_REVIEW_REMINDER)
    JavaDelegate sendReviewReminderAdapter(ReviewTaskListeners reviews, RegistrationReviews registrationReviews) {
        return reviews.reminderFor(registrationReviews);
    }

    @Bean(RegistrationReviewProcess.Beans.REVIEW_TASK_LISTENER)
    TaskListener reviewTaskListener(ReviewTaskListeners reviews, RegistrationReviews registrationReviews) {
        return reviews.listenerFor(registrationReviews);
    }

    @Bean(Beans.SEND_REJECTION_MAIL)
    JavaDelegate sendRejectionMailAdapter(RegistrationMails mails) {
        return execution -> mails.sendRejection(registrationId(execution),
                decisionReason(execution));
    }
}
