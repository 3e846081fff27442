package jp.shomei.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomei.review.ReviewedApplications;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The task filter that every member of staff shares in Tasklist (the engine narrows it to their university's
 * tasks). It lists each task with the applicant's name, the application type and when it came in: the review
 * view's task-local variables, which end with the task and never reach the history. The English value of a
 * variable stands beside it as {@code <name>__en}; the webapps' translation shows the reader's language and the
 * labels of the messages {@code tasklistFilter.*}. Made or brought up to date at every start.
 */
@Component
class TasklistFilter {

    /** The filter's stored name; readers see {@code tasklistFilter.name} in their language. */
    static final String NAME = "すべてのタスク";

    /** Names the filter had before it listed the review's variables. */
    private static final List<String> EARLIER_NAMES = List.of("すべてのタスク / All tasks");

    /** Variables shown in the list, with their stored (Japanese) labels. */
    static final Map<String, String> VARIABLES = variables();

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilter(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOrUpdate() {
        Filter filter = filterService.createFilterQuery().filterResourceType("Task").list().stream()
                .filter(f -> NAME.equals(f.getName()) || EARLIER_NAMES.contains(f.getName()))
                .findFirst()
                .orElseGet(filterService::newTaskFilter);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", -10);
        properties.put("refresh", true);
        properties.put("variables", VARIABLES.entrySet().stream()
                .map(variable -> Map.of("name", variable.getKey(), "label", variable.getValue()))
                .toList());
        filter.setName(NAME);
        filter.setQuery(taskService.createTaskQuery());
        filter.setProperties(properties);
        filterService.saveFilter(filter);
    }

    private static Map<String, String> variables() {
        String prefix = ReviewedApplications.VIEW_PREFIX;
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(prefix + "nameKanji", "氏名");
        variables.put(prefix + "applicationType", "申請種別");
        variables.put(prefix + "applicationType__en", "申請種別");
        variables.put(prefix + "submittedAt", "申請日時");
        return variables;
    }
}
