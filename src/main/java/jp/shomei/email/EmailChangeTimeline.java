package jp.shomei.email;

import java.util.List;
import java.util.Map;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.ProcessSteps;
import jp.shomei.applications.StepView;
import jp.shomei.email.EmailChangeProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's changes of address, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class EmailChangeTimeline implements ApplicationTimelines {

    /** The steps the graduate sees, by element id; the wait counts when it ends by the confirmation. */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "emailChange.step.requested",
            Elements.SEND_CONFIRMATION_URL, "emailChange.step.urlSent",
            Elements.WAIT_FOR_CONFIRMATION, "emailChange.step.changed",
            Elements.MARK_EXPIRED, "emailChange.step.expired",
            Elements.SEND_CHANGED_NOTICE, "emailChange.step.noticeSent",
            Elements.START_REPLACED, "emailChange.step.replaced");

    private final EmailChangeRepository changes;
    private final HistoryService historyService;

    EmailChangeTimeline(EmailChangeRepository changes, HistoryService historyService) {
        this.changes = changes;
        this.historyService = historyService;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return changes.findByAccountIdOrderByRequestedAtDesc(accountId).stream()
                .filter(c -> c.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    private ApplicationView view(EmailChange change) {
        List<StepView> steps = ProcessSteps.of(historyService, change.getProcessInstanceId(), STEPS,
                Map.of(Elements.START, change.getNewEmail()));
        return new ApplicationView("emailChange.kind", "E-" + change.getId(),
                "emailChange.status." + change.getStatus(), change.getStatus() == EmailChangeStatus.PENDING,
                change.getRequestedAt(), steps);
    }
}
