package jp.shomei.studentid;

/**
 * The contract of processes/student-id-review.bpmn, deployed once per university as its tenant with the Camunda
 * Form processes/review-student-id.form. Its business key is the application's id; it takes the reviewer group and
 * the reminder's time from {@link AddStudentIdProcess} and gives back the decision.
 */
public final class StudentIdReviewProcess {

    public static final String KEY = "student-id-review";

    public static final String BPMN_RESOURCE = "processes/student-id-review.bpmn";

    public static final String FORM_RESOURCE = "processes/review-student-id.form";

    public static final class Elements {
        public static final String START = "StartEvent_ApplicationSubmitted";
        public static final String REVIEW = "UserTask_ReviewStudentId";
        /** Routes on the decision the review task listener recorded: one end event per decision. */
        public static final String DECISION = "Gateway_Decision";
        public static final String END_APPROVED = "EndEvent_Approved";
        public static final String END_REJECTED = "EndEvent_Rejected";
        public static final String END_RESUBMISSION_REQUESTED = "EndEvent_ResubmissionRequested";
        public static final String REVIEW_OVERDUE = "TimerEvent_ReviewOverdue";
        public static final String SEND_REVIEW_REMINDER = "ServiceTask_SendReviewReminder";
        public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";

        private Elements() {
        }
    }

    public static final class Beans {
        public static final String SEND_REVIEW_REMINDER = "sendStudentIdReviewReminderAdapter";
        public static final String REVIEW_TASK_LISTENER = "studentIdReviewTaskListener";

        private Beans() {
        }
    }

    private StudentIdReviewProcess() {
    }
}
