package jp.shomei.studentid;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * The contract of processes/add-student-id.bpmn (manual 2.3): its key, element ids, message, variables and beans,
 * and typed access to the variables. The business key is the application's id.
 */
public final class AddStudentIdProcess {

    public static final String KEY = "add-student-id";

    /** The purpose of the one-time URL that opens the school-record form; its subject is the application. */
    public static final String URL_PURPOSE = "add-student-id";

    /** The graduate applied through the one-time URL; sets the review's variables. */
    public static final String MESSAGE_FORM_SUBMITTED = "addStudentId.formSubmitted";

    /** A newer "Send" of the same account ends this application while it waits for its form. */
    public static final String MESSAGE_REPLACED = "addStudentId.replaced";

    /** The graduate corrected the application after staff asked for a resubmission. */
    public static final String MESSAGE_RESUBMITTED = "addStudentId.resubmitted";

    public static final class Elements {
        public static final String START = "StartEvent_UrlRequested";
        public static final String SEND_FORM_URL = "ServiceTask_SendFormUrl";
        public static final String WAIT_FOR_FORM = "ReceiveTask_WaitForForm";
        public static final String URL_EXPIRED = "TimerEvent_UrlExpired";
        public static final String MARK_URL_EXPIRED = "ServiceTask_MarkUrlExpired";
        public static final String END_URL_EXPIRED = "EndEvent_UrlExpired";
        public static final String START_REPLACED = "StartEvent_Replaced";
        public static final String END_REPLACED = "EndEvent_Replaced";
        /** Milestone: the school-record form came in. */
        public static final String SUBMITTED = "Event_Submitted";
        /** Milestone: the corrected application came in after a resubmission request. */
        public static final String RESUBMITTED = "Event_Resubmitted";
        /** Calls {@link StudentIdReviewProcess} in the tenant of the student ID's university. */
        public static final String CALL_REVIEW = "CallActivity_Review";
        public static final String DECISION = "Gateway_Decision";
        public static final String ADD_STUDENT_RECORD = "ServiceTask_AddStudentRecord";
        public static final String RECORD_ADDED = "Gateway_RecordAdded";
        public static final String SEND_APPROVAL_MAIL = "ServiceTask_SendApprovalMail";
        public static final String END_APPROVED = "EndEvent_Approved";
        public static final String SEND_DUPLICATE_MAIL = "ServiceTask_SendDuplicateMail";
        public static final String END_DUPLICATE = "EndEvent_Duplicate";
        public static final String MARK_REJECTED = "ServiceTask_MarkRejected";
        public static final String SEND_REJECTION_MAIL = "ServiceTask_SendRejectionMail";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String MARK_RESUBMISSION_REQUESTED = "ServiceTask_MarkResubmissionRequested";
        public static final String SEND_RESUBMISSION_MAIL = "ServiceTask_SendResubmissionMail";
        public static final String WAIT_FOR_RESUBMISSION = "ReceiveTask_WaitForResubmission";
        public static final String RESUBMISSION_EXPIRED = "TimerEvent_ResubmissionExpired";
        public static final String MARK_EXPIRED = "ServiceTask_MarkExpired";
        public static final String END_EXPIRED = "EndEvent_Expired";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the {@link StudentIdApplication} row that holds the school record. */
        public static final String APPLICATION_ID = "applicationId";
        /** String: ISO-8601 duration the one-time URL, and the wait for the form, last. */
        public static final String URL_VALIDITY = "urlValidity";
        /** String: the tenant (university code) whose review process is called; set when the form comes in. */
        public static final String TENANT_ID = "tenantId";
        /** String: the candidate group of the review, the university's staff; set when the form comes in. */
        public static final String REVIEWER_GROUP = "reviewerGroup";
        /** Date: when the review counts as overdue and the staff are reminded (set at each submission). */
        public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
        /** String: ISO-8601 duration the process waits for a corrected application. */
        public static final String RESUBMISSION_WAIT = "resubmissionWait";
        /** String: approve / reject / resubmit, from the review. */
        public static final String DECISION = "decision";
        /** Boolean: the approval added the student ID; false when it already belonged to an account meanwhile. */
        public static final String RECORD_ADDED = "studentRecordAdded";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_FORM_URL = "sendStudentIdFormUrlAdapter";
        public static final String ADD_STUDENT_RECORD = "addStudentRecordAdapter";
        public static final String SEND_APPROVAL_MAIL = "sendStudentIdApprovalMailAdapter";
        public static final String SEND_DUPLICATE_MAIL = "sendStudentIdDuplicateMailAdapter";
        public static final String MARK_REJECTED = "markStudentIdRejectedAdapter";
        public static final String SEND_REJECTION_MAIL = "sendStudentIdRejectionMailAdapter";
        public static final String MARK_RESUBMISSION_REQUESTED = "markStudentIdResubmissionRequestedAdapter";
        public static final String SEND_RESUBMISSION_MAIL = "sendStudentIdResubmissionMailAdapter";
        public static final String MARK_EXPIRED = "markStudentIdExpiredAdapter";

        private Beans() {
        }
    }

    public static Long applicationId(VariableScope scope) {
        LongValue value = scope.getVariableTyped(Variables.APPLICATION_ID);
        return value.getValue();
    }

    public static String urlValidity(VariableScope scope) {
        StringValue value = scope.getVariableTyped(Variables.URL_VALIDITY);
        return value.getValue();
    }

    public static String resubmissionWait(VariableScope scope) {
        StringValue value = scope.getVariableTyped(Variables.RESUBMISSION_WAIT);
        return value.getValue();
    }

    private AddStudentIdProcess() {
    }
}
