package jp.shomei.review;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;

/**
 * On create, shows the application to the reviewer; on complete, refuses a decision without a reason where
 * one is needed, keeps the decision with who and when, and leaves exactly that decision in the process, which ends
 * at the decision's end event and hands it to the calling process. The application is the process's business key and
 * must belong to the task's university: task variables are writable by staff and name nothing here but the
 * form's own fields. One listener per kind of application ({@link ReviewTaskListeners}).
 */
public class ReviewTaskListener implements TaskListener {

    private final ReviewedApplications kind;
    private final MessageSource messages;
    private final VisitorLanguage language;

    ReviewTaskListener(ReviewedApplications kind, MessageSource messages, VisitorLanguage language) {
        this.kind = kind;
        this.messages = messages;
        this.language = language;
    }

    @Override
    public void notify(DelegateTask task) {
        Long applicationId = Long.valueOf(task.getExecution().getProcessBusinessKey());
        if (!kind.isUnderReviewOf(applicationId, task.getTenantId())) {
            throw refused("review.refused.otherUniversity");
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(kind.view(applicationId));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Map<String, Object> values = new HashMap<>();
            kind.formFields().forEach(field -> values.put(field, task.getVariable(field)));
            kind.refusal(values).ifPresent(code -> {
                throw refused(code);
            });
            ReviewDecision decision = ReviewDecision.of(values.get(ReviewedApplications.DECISION)).orElseThrow();
            String reason = values.get(ReviewedApplications.DECISION_REASON) instanceof String text ? text : null;
            Set<String> sections = new LinkedHashSet<>();
            for (String section : kind.sections()) {
                if (Boolean.TRUE.equals(task.getVariable(ReviewedApplications.SECTION_CHECKBOX_PREFIX + section))) {
                    sections.add(section);
                }
            }
            kind.record(applicationId, decision, reason, StaffTask.doneBy(task), sections);
            // The review's gateway and the calling process go by the process variables; a task-local copy, which
            // staff may also write, could otherwise differ from what was checked and recorded.
            task.getExecution().getProcessInstance().setVariable(ReviewedApplications.DECISION, decision.value());
            task.getExecution().getProcessInstance().setVariable(ReviewedApplications.DECISION_REASON, reason);
        }
    }

    private IllegalArgumentException refused(String code) {
        return new IllegalArgumentException(messages.getMessage(code, null, language.current()));
    }
}
