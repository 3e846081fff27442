package jp.shomei.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the figures read from one process's model, by element id only (never variables). A process joins the figures
 * by declaring a bean of this type; one that declares nothing still shows its starts and end events.
 *
 * @param processKey the BPMN process id
 * @param steps funnel steps in order after "started": an instance reached a step when it passed one of its elements
 * @param reviewActivity the element that runs one review round (its first start is the first submission, its last
 *        end the final decision), or null
 * @param decisions the steps that are a final decision
 * @param reminderActivity the element that fires when a user task of this process waits past the reminder, or null
 */
public record ProcessFigures(String processKey, Map<String, List<String>> steps, String reviewActivity,
        Set<String> decisions, String reminderActivity) {

    public static final String STARTED = "started";
    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String RESUBMISSION_ASKED = "resubmission-asked";

    public ProcessFigures {
        steps = new LinkedHashMap<>(steps);
    }

    /** A process whose applications go through review rounds. */
    public static ProcessFigures funnel(String processKey, String reviewActivity, Map<String, List<String>> steps,
            Set<String> decisions) {
        return new ProcessFigures(processKey, steps, reviewActivity, decisions, null);
    }

    /** A process that holds user tasks (a review), reminded by the given element. */
    public static ProcessFigures tasks(String processKey, String reminderActivity) {
        return new ProcessFigures(processKey, Map.of(), null, Set.of(), reminderActivity);
    }
}
