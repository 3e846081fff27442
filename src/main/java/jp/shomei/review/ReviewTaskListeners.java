package jp.shomei.review;

import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the review task listener and the reminder delegate of one kind of application, for its BPMN's beans. */
@Component
public class ReviewTaskListeners {

    private final MessageSource messages;
    private final VisitorLanguage language;
    private final ReviewReminders reminders;

    ReviewTaskListeners(MessageSource messages, VisitorLanguage language, ReviewReminders reminders) {
        this.messages = messages;
        this.language = language;
        this.reminders = reminders;
    }

    public TaskListener listenerFor(ReviewedApplications kind) {
        return new ReviewTaskListener(kind, messages, language);
    }

    /** The reminder's service task: the application is the review process's business key. */
    public JavaDelegate reminderFor(ReviewedApplications kind) {
        return execution -> reminders.remind(kind, Long.valueOf(execution.getProcessBusinessKey()));
    }
}
