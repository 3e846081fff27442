package jp.shomei.review;

import java.util.LinkedHashSet;
import java.util.Set;
import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;

/**
 * On create, shows the application to the reviewer; on complete, refuses a decision without a reason where
 * one is needed and keeps the decision with who and when. The application is the process's business key and
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
            ReviewDecision decision = ReviewDecision.of(task.getVariable(ReviewedApplications.DECISION))
                    .orElseThrow(() -> refused("review.decision.missing"));
            String reason = task.getVariable(ReviewedApplications.DECISION_REASON) instanceof String text ? text : null;
            if (decision.needsReason() && (reason == null || reason.isBlank())) {
                throw refused("review.reason.missing");
            }
            Set<String> sections = new LinkedHashSet<>();
            for (String section : kind.sections()) {
                if (Boolean.TRUE.equals(task.getVariable(ReviewedApplications.SECTION_CHECKBOX_PREFIX + section))) {
                    sections.add(section);
                }
            }
            kind.record(applicationId, decision, reason, decidedBy(task), sections);
        }
    }

    private IllegalArgumentException refused(String code) {
        return new IllegalArgumentException(messages.getMessage(code, null, language.current()));
    }

    private static String decidedBy(DelegateTask task) {
        Authentication authentication = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() == null ? "unknown" : task.getAssignee();
    }
}
