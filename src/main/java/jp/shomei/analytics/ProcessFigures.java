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
 * @param steps funnel steps in order after "started": an instance reached a step when it passed one of its elements,
 *        its own or ({@link #called}) those of a process it called
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

    /** An element of a process that this one calls (a review's end event), as a step names it. */
    public static String called(String calledProcessKey, String elementId) {
        return calledProcessKey + "/" + elementId;
    }

    /** A process whose applications go through review rounds. */
    public static ProcessFigures funnel(String processKey, String reviewActivity, Map<String, List<String>> steps,
            Set<String> decisions) {
        return new ProcessFigures(processKey, steps, reviewActivity, decisions, null);
    }

    /** A process that holds user tasks, reminded by the given element. */
    public static ProcessFigures tasks(String processKey, String reminderActivity) {
        return tasks(processKey, reminderActivity, Map.of());
    }

    /** A process that holds user tasks (a review) and ends at one end event per outcome. */
    public static ProcessFigures tasks(String processKey, String reminderActivity, Map<String, List<String>> steps) {
        return new ProcessFigures(processKey, steps, null, Set.of(), reminderActivity);
    }
}
