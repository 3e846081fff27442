package jp.shomei.order;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract of processes/certificate-post.bpmn, deployed once per university as its tenant with the Camunda Form
 * processes/post-certificates.form and called by the order process for a paid order by post. Its business key is
 * the order's id; it takes the university's staff group and the reminder's time, and gives back nothing: the posting
 * is kept with the order.
 */
public final class PostProcess {

    public static final String KEY = "certificate-post";

    public static final String BPMN_RESOURCE = "processes/certificate-post.bpmn";

    public static final String FORM_RESOURCE = "processes/post-certificates.form";

    public static final class Elements {
        public static final String START = "StartEvent_PaidForPost";
        public static final String POST = "UserTask_PostCertificates";
        public static final String END_POSTED = "EndEvent_Posted";
        public static final String POST_OVERDUE = "TimerEvent_PostOverdue";
        public static final String SEND_POST_REMINDER = "ServiceTask_SendPostReminder";
        public static final String END_POST_REMINDER_SENT = "EndEvent_PostReminderSent";

        private Elements() {
        }
    }

    public static final class Variables {
        /** String: the candidate group of the task, the university's staff. */
        public static final String STAFF_GROUP = "staffGroup";
        /** Date: when the posting counts as overdue and the staff are reminded (working days after payment). */
        public static final String POST_REMINDER_AT = "postReminderAt";
        /** String, written by the form: the date the certificates were posted, yyyy-MM-dd. */
        public static final String POSTED_ON = "postedOn";
        /** String, written by the form: the postal tracking number. */
        public static final String TRACKING_NUMBER = "trackingNumber";

        /** The only variables staff may write on the task. */
        public static final Set<String> FORM_FIELDS = new LinkedHashSet<>(List.of(POSTED_ON, TRACKING_NUMBER));

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String POST_TASK_LISTENER = "postTaskListener";
        public static final String SEND_POST_REMINDER = "sendPostReminderAdapter";

        private Beans() {
        }
    }

    private PostProcess() {
    }
}
