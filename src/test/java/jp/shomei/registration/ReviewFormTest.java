package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review form shows exactly what the review task provides, and that view never reaches the history. */
@ShomeiTest
class ReviewFormTest {

    private static final Pattern REVIEW_VARIABLE = Pattern.compile("\\b(review_[A-Za-z]+)\\b");

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Test
    void shouldBindEveryReviewFieldToAVariableOfTheTask() throws Exception {
        Task task = taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).list().get(0);
        Map<String, Object> local = taskService.getVariablesLocal(task.getId());

        Set<String> used = new HashSet<>();
        collect(new ObjectMapper().readTree(Files.readString(Path.of("processes/review-application.form"))), used);

        assertThat(local.keySet()).containsAll(used);
        assertThat(used).contains("review_nameKanji", "review_documentFront", "review_university");
        assertThat(local.get("review_documentFront").toString()).matches("^https?://.+/documents/front.*");
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameLike("review\\_%").count())
                .isZero();
    }

    private static void collect(JsonNode node, Set<String> used) {
        if (node.isTextual()) {
            Matcher matcher = REVIEW_VARIABLE.matcher(node.asText());
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        node.forEach(child -> collect(child, used));
    }
}
