package jp.shomei.review;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A task that a university's staff do in Tasklist (a review, posting certificates): its process and Camunda Form,
 * deployed into every university's tenant ({@link ReviewTenants}), and the only variables staff may write on it
 * ({@link ReviewTaskWriteGuard}). What the task shows comes as task-local {@code review_*} variables, which end
 * with the task and never reach the history.
 */
public interface StaffTask {

    /** Prefix of the task-local variables that show the case; they are kept out of the history. */
    String VIEW_PREFIX = "review_";

    String processKey();

    /** The task definition key of the staff task. */
    String taskKey();

    String bpmnResource();

    String formResource();

    /** The variables the form writes: the only ones staff may set on the task. */
    Set<String> formFields();

    /**
     * Why the task may not complete with these values of its form fields (missing ones are null), as a message
     * code; empty when it may.
     */
    Optional<String> refusal(Map<String, Object> values);

    /**
     * A task's view as its task-local variables: the Japanese values as {@code review_x}, and the English beside as
     * {@code review_x__en} where it differs, which the webapps' translation shows to English-speaking staff.
     */
    static Map<String, Object> view(Function<Locale, Map<String, String>> view) {
        Map<String, String> japanese = view.apply(Locale.JAPANESE);
        Map<String, String> english = view.apply(Locale.ENGLISH);
        Map<String, Object> variables = new LinkedHashMap<>();
        japanese.forEach((key, value) -> {
            variables.put(VIEW_PREFIX + key, value);
            if (!value.equals(english.get(key))) {
                variables.put(VIEW_PREFIX + key + "__" + Locale.ENGLISH.getLanguage(), english.get(key));
            }
        });
        return variables;
    }

    /** Who completes the task: the signed-in staff member, else its assignee. */
    static String doneBy(DelegateTask task) {
        Authentication authentication = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() == null ? "unknown" : task.getAssignee();
    }
}
