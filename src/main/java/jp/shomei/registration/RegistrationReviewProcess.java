package jp.shomei.registration;

/**
 * The contract of processes/registration-review.bpmn, deployed once per university as its tenant. It takes
 * {@link RegistrationProcess.Variables#REGISTRATION_ID}, {@link RegistrationProcess.Variables#REVIEWER_GROUP} and
 * {@link RegistrationProcess.Variables#REVIEW_REMINDER_AT}, and gives back the decision and its reason.
 */
public final class RegistrationReviewProcess {

    public static final String KEY = "registration-review";

    /** The Camunda Form of the review task, deployed with the process. */
    public static final String FORM_RESOURCE = "processes/review-application.form";

    public static final String BPMN_RESOURCE = "processes/registration-review.bpmn";

    public static final class Elements {
        public static final String REVIEW = "UserTask_ReviewApplication";
        public static final String END_REVIEWED = "EndEvent_Reviewed";
        public static final String REVIEW_OVERDUE = "TimerEvent_ReviewOverdue";
        public static final String SEND_REVIEW_REMINDER = "ServiceTask_SendReviewReminder";
        public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";

        private Elements() {
        }
    }

    public static final class Beans {
        public static final String SEND_REVIEW_REMINDER = "sendReviewReminderAdapter";
        public static final String REVIEW_TASK_LISTENER = "reviewTaskListener";

        private Beans() {
        }
    }

    private RegistrationReviewProcess() {
    }
}
