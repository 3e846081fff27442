package jp.shomei.registration;

import java.util.EnumSet;
import java.util.Set;
import jp.shomei.registration.RegistrationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On create, shows the application to the reviewer; on complete, refuses a decision without a reason where
 * one is needed and keeps the decision with who and when.
 */
@Component(RegistrationReviewProcess.Beans.REVIEW_TASK_LISTENER)
class ReviewTaskListener implements TaskListener {

    private final ReviewView reviewView;
    private final RegistrationDecisions decisions;

    ReviewTaskListener(ReviewView reviewView, RegistrationDecisions decisions) {
        this.reviewView = reviewView;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ((Number) task.getVariable(Variables.REGISTRATION_ID)).longValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(reviewView.of(registrationId));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            ReviewDecision decision = ReviewDecision.of(task.getVariable(Variables.DECISION))
                    .orElseThrow(() -> new IllegalArgumentException("Choose approve, reject or resubmit."));
            String reason = (String) task.getVariable(Variables.DECISION_REASON);
            if (decision.needsReason() && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("A reason is required to reject or to ask for resubmission.");
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

    private static String decidedBy(DelegateTask task) {
        Authentication authentication = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() == null ? "unknown" : task.getAssignee();
    }
}
