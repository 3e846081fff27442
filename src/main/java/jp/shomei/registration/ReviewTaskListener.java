package jp.shomei.registration;

import java.util.EnumSet;
import java.util.Set;
import jp.shomei.registration.RegistrationProcess.Variables;
import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On create, shows the application to the reviewer; on complete, refuses a decision without a reason where
 * one is needed and keeps the decision with who and when. The registration is the process's business key and
 * must belong to the task's university: task variables are writable by staff and name nothing here but the
 * form's own fields.
 */
@Component(RegistrationReviewProcess.Beans.REVIEW_TASK_LISTENER)
class ReviewTaskListener implements TaskListener {

    private final ReviewView reviewView;
    private final RegistrationDecisions decisions;
    private final MessageSource messages;
    private final VisitorLanguage language;

    ReviewTaskListener(ReviewView reviewView, RegistrationDecisions decisions, MessageSource messages,
            VisitorLanguage language) {
        this.reviewView = reviewView;
        this.decisions = decisions;
        this.messages = messages;
        this.language = language;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = Long.valueOf(task.getExecution().getProcessBusinessKey());
        if (!decisions.isUnderReviewOf(registrationId, task.getTenantId())) {
            throw refused("review.refused.otherUniversity");
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(reviewView.of(registrationId));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            ReviewDecision decision = ReviewDecision.of(task.getVariable(Variables.DECISION))
                    .orElseThrow(() -> refused("review.decision.missing"));
            String reason = task.getVariable(Variables.DECISION_REASON) instanceof String text ? text : null;
            if (decision.needsReason() && (reason == null || reason.isBlank())) {
                throw refused("review.reason.missing");
            }
            Set<FormSection> sections = EnumSet.noneOf(FormSection.class);
            for (FormSection section : FormSection.values()) {
                if (Boolean.TRUE.equals(task.getVariable(section.checkbox()))) {
                    sections.add(section);
                }
            }
            decisions.record(registrationId, decision, reason, decidedBy(task), sections);
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
