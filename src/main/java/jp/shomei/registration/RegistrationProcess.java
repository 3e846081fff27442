package jp.shomei.registration;

import static org.camunda.bpm.engine.variable.Variables.booleanValue;
import static org.camunda.bpm.engine.variable.Variables.createVariables;
import static org.camunda.bpm.engine.variable.Variables.dateValue;
import static org.camunda.bpm.engine.variable.Variables.longValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * The contract of processes/registration.bpmn: its key, element ids, message and variables. The variables that
 * go into the review are the same names in processes/registration-review.bpmn.
 */
public final class RegistrationProcess {

    public static final String KEY = "registration";

    public static final String MESSAGE_APPLICATION_SUBMITTED = "registration.applicationSubmitted";

    public static final String MESSAGE_PASSWORDS_SET = "registration.passwordsSet";

    /** Staff asked for a new initial password while the registration waits for the password setting. */
    public static final String MESSAGE_INITIAL_PASSWORD_REISSUE_REQUESTED = "registration.initialPasswordReissueRequested";

    /** Staff asked for a new initial password for an account that no registration waits for. */
    public static final String MESSAGE_INITIAL_PASSWORD_WAIT_STARTED = "registration.initialPasswordWaitStarted";

    public static final class Elements {
        public static final String START = "StartEvent_MailAddressEntered";
        public static final String SEND_ONE_TIME_URL = "ServiceTask_SendOneTimeUrl";
        public static final String WAIT_FOR_APPLICATION = "ReceiveTask_WaitForApplication";
        public static final String URL_EXPIRED = "TimerEvent_UrlExpired";
        public static final String MARK_EXPIRED = "ServiceTask_MarkExpired";
        public static final String END_EXPIRED = "EndEvent_UrlExpired";
        /** Milestone: the form came in, the first time or after a resubmission request. */
        public static final String SUBMITTED = "Event_Submitted";
        /** Calls {@link RegistrationReviewProcess} in the tenant of the applicant's university. */
        public static final String CALL_REVIEW = "CallActivity_Review";
        public static final String DECISION = "Gateway_Decision";
        public static final String OPEN_ACCOUNT = "ServiceTask_OpenAccount";
        public static final String SEND_APPROVAL_MAIL = "ServiceTask_SendApprovalMail";
        public static final String SEND_OLD_ADDRESS_NOTICE = "ServiceTask_SendOldAddressNotice";
        public static final String WAIT_FOR_PASSWORDS = "ReceiveTask_WaitForPasswords";
        public static final String INITIAL_PASSWORD_EXPIRED = "TimerEvent_InitialPasswordExpired";
        public static final String EXPIRE_INITIAL_PASSWORD = "ServiceTask_ExpireInitialPassword";
        public static final String END_INITIAL_PASSWORD_EXPIRED = "EndEvent_InitialPasswordExpired";
        public static final String END_APPROVED = "EndEvent_Approved";
        public static final String INITIAL_PASSWORD_REISSUE_REQUESTED = "MessageEvent_InitialPasswordReissueRequested";
        public static final String INITIAL_PASSWORD_WAIT_STARTED = "StartEvent_InitialPasswordWaitStarted";
        /** Issues and mails the new initial password in one job; the wait (and its timer) then starts afresh. */
        public static final String REISSUE_INITIAL_PASSWORD = "ServiceTask_ReissueInitialPassword";
        public static final String INITIAL_PASSWORD_REISSUED = "Gateway_InitialPasswordReissued";
        public static final String MARK_REJECTED = "ServiceTask_MarkRejected";
        public static final String SEND_REJECTION_MAIL = "ServiceTask_SendRejectionMail";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String MARK_RESUBMISSION_REQUESTED = "ServiceTask_MarkResubmissionRequested";
        public static final String SEND_RESUBMISSION_MAIL = "ServiceTask_SendResubmissionMail";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the id of the {@link Registration} row that holds the personal data. */
        public static final String REGISTRATION_ID = "registrationId";
        /** String: ISO-8601 duration the one-time URL and the wait for the form last. */
        public static final String URL_VALIDITY = "urlValidity";
        /** String: ISO-8601 duration an initial password lasts if never used. */
        public static final String INITIAL_PASSWORD_VALIDITY = "initialPasswordValidity";
        /** String: the tenant (university code) whose review process is called. */
        public static final String TENANT_ID = "tenantId";
        /** String: the candidate group of the review, the university's staff. */
        public static final String REVIEWER_GROUP = "reviewerGroup";
        /** Date: when the review counts as overdue and the staff are reminded (set at each submission). */
        public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
        /** Boolean: the application is a re-application whose account moves to the new address. */
        public static final String REAPPLICATION = "reapplication";
        /** Boolean: the re-issue mailed a new initial password; false when the passwords had been set meanwhile. */
        public static final String INITIAL_PASSWORD_REISSUED = "initialPasswordReissued";
        /** Long: the account opened or moved by the approval, or whose wait staff started anew. */
        public static final String ACCOUNT_ID = "accountId";
        /** String: approve / reject / resubmit, written by the review form. */
        public static final String DECISION = "decision";
        /** String: why, for reject and resubmit; goes into the applicant's mail. */
        public static final String DECISION_REASON = "decisionReason";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_ONE_TIME_URL = "sendOneTimeUrlAdapter";
        public static final String MARK_EXPIRED = "markRegistrationExpiredAdapter";
        public static final String OPEN_ACCOUNT = "openAccountAdapter";
        public static final String SEND_APPROVAL_MAIL = "sendApprovalMailAdapter";
        public static final String SEND_OLD_ADDRESS_NOTICE = "sendOldAddressNoticeAdapter";
        public static final String MARK_REJECTED = "markRegistrationRejectedAdapter";
        public static final String SEND_REJECTION_MAIL = "sendRejectionMailAdapter";
        public static final String MARK_RESUBMISSION_REQUESTED = "markResubmissionRequestedAdapter";
        public static final String SEND_RESUBMISSION_MAIL = "sendResubmissionMailAdapter";
        public static final String EXPIRE_INITIAL_PASSWORD = "expireInitialPasswordAdapter";
        public static final String REISSUE_INITIAL_PASSWORD = "reissueInitialPasswordAdapter";

        private Beans() {
        }
    }

    /** The one-time URL's purpose as stored with its token. */
    public static final String URL_PURPOSE = "registration";

    /** What a registration starts with, before its form comes in. */
    public static VariableMap startVariables(Long registrationId, Duration urlValidity,
            Duration initialPasswordValidity) {
        return createVariables()
                .putValueTyped(Variables.REGISTRATION_ID, longValue(registrationId))
                .putValueTyped(Variables.URL_VALIDITY, stringValue(urlValidity.toString()))
                .putValueTyped(Variables.INITIAL_PASSWORD_VALIDITY, stringValue(initialPasswordValidity.toString()))
                .putValueTyped(Variables.REAPPLICATION, booleanValue(false));
    }

    /** What a submitted form brings to the review: the university, and whether an account moves. */
    public static VariableMap submissionVariables(String reviewerGroup, String tenantId, boolean reapplication,
            Date reviewReminderAt) {
        return createVariables()
                .putValueTyped(Variables.REVIEWER_GROUP, stringValue(reviewerGroup))
                .putValueTyped(Variables.TENANT_ID, stringValue(tenantId))
                .putValueTyped(Variables.REAPPLICATION, booleanValue(reapplication))
                .putValueTyped(Variables.REVIEW_REMINDER_AT, dateValue(reviewReminderAt));
    }

    public static Long registrationId(VariableScope execution) {
        LongValue value = execution.getVariableTyped(Variables.REGISTRATION_ID);
        return value.getValue();
    }

    public static Long accountId(VariableScope execution) {
        LongValue value = execution.getVariableTyped(Variables.ACCOUNT_ID);
        return value.getValue();
    }

    public static Duration urlValidity(VariableScope execution) {
        StringValue value = execution.getVariableTyped(Variables.URL_VALIDITY);
        return Duration.parse(value.getValue());
    }

    /** The review's reason, which the review form writes as text. */
    public static String decisionReason(VariableScope execution) {
        StringValue value = execution.getVariableTyped(Variables.DECISION_REASON);
        return value.getValue();
    }

    private RegistrationProcess() {
    }
}
