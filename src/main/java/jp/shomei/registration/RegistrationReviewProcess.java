package jp.shomei.registration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contract of processes/registration-review.bpmn, deployed once per university as its tenant. Its business key
 * is the registration's id (staff cannot change it, unlike a variable); it takes
 * {@link RegistrationProcess.Variables#REVIEWER_GROUP} and {@link RegistrationProcess.Variables#REVIEW_REMINDER_AT},
 * and gives back the decision and its reason.
 */
public final class RegistrationReviewProcess {

    public static final String KEY = "registration-review";

    /** The Camunda Form of the review task, deployed with the process. */
    public static final String FORM_RESOURCE = "processes/review-application.form";

    public static final String BPMN_RESOURCE = "processes/registration-review.bpmn";

    /** The variables the review form writes: the only ones staff may set on the review task. */
    public static final Set<String> FORM_FIELDS = Stream.concat(
                    Stream.of(RegistrationProcess.Variables.DECISION, RegistrationProcess.Variables.DECISION_REASON),
                    Arrays.stream(FormSection.values()).map(FormSection::checkbox))
            .collect(Collectors.toCollection(LinkedHashSet::new));

    public static final class Elements {
        public static final String REVIEW = "UserTask_ReviewApplication";
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
        public static final String SEND_REVIEW_REMINDER = "sendReviewReminderAdapter";
        public static final String REVIEW_TASK_LISTENER = "reviewTaskListener";

        private Beans() {
        }
    }

    private RegistrationReviewProcess() {
    }
}
