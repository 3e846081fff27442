package jp.shomei.email;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.StepView;
import jp.shomei.email.EmailChangeProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's changes of address, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class EmailChangeTimeline implements ApplicationTimelines {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The steps the graduate sees, by element id; the wait counts when it ends by the confirmation. */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "emailChange.step.requested",
            Elements.SEND_CONFIRMATION_URL, "emailChange.step.urlSent",
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
        List<StepView> steps = new ArrayList<>();
        for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(change.getProcessInstanceId()).orderPartiallyByOccurrence().asc().list()) {
            String id = activity.getActivityId();
            if (Elements.WAIT_FOR_CONFIRMATION.equals(id)) {
                if (activity.getEndTime() != null && !activity.isCanceled()) {
                    steps.add(new StepView("emailChange.step.changed",
                            activity.getEndTime().toInstant().atZone(JAPAN), null));
                }
            } else if (Elements.SEND_CONFIRMATION_URL.equals(id) || Elements.SEND_CHANGED_NOTICE.equals(id)) {
                // A mail counts once it went out, which is when its job ended.
                if (activity.getEndTime() != null && !activity.isCanceled()) {
                    steps.add(new StepView(STEPS.get(id), activity.getEndTime().toInstant().atZone(JAPAN), null));
                }
            } else if (STEPS.containsKey(id)) {
                steps.add(new StepView(STEPS.get(id), activity.getStartTime().toInstant().atZone(JAPAN),
                        Elements.START.equals(id) ? change.getNewEmail() : null));
            }
        }
        return new ApplicationView("emailChange.kind", "E-" + change.getId(),
                "emailChange.status." + change.getStatus(), change.getStatus() == EmailChangeStatus.PENDING,
                change.getRequestedAt(), steps);
    }
}
