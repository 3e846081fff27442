package jp.shomei.applications;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;

/**
 * The steps of a process instance an applicant sees, read from the engine's history: each element named in the
 * labels once it has ended without being interrupted (a mail once its job went out, a wait once it was answered),
 * in the order they happened.
 */
public final class ProcessSteps {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private ProcessSteps() {
    }

    /**
     * @param labels message key of each element's step, by element id
     * @param details what a step shows beside its label, by element id
     */
    public static List<StepView> of(HistoryService history, String processInstanceId, Map<String, String> labels,
            Map<String, String> details) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence().asc().list().stream()
                .filter(activity -> labels.containsKey(activity.getActivityId()) && activity.getEndTime() != null
                        && !activity.isCanceled())
                .map(activity -> new StepView(labels.get(activity.getActivityId()),
                        activity.getEndTime().toInstant().atZone(JAPAN), details.get(activity.getActivityId())))
                .toList();
    }
}
