package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;

/**
 * The review form shows exactly what the review task provides, that view never reaches the history, and every
 * text of the form (written in Japanese) has its English for English-speaking staff.
 */
@ShomeiTest
class ReviewFormTest {

    private static final Pattern REVIEW_VARIABLE = Pattern.compile("\\b(review_[A-Za-z]+)\\b");

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    MessageSource messages;

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

    @Test
    void shouldHaveEveryTextOfTheFormInEnglish() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("processes/review-application.form")));
        List<String> keys = new ArrayList<>();
        texts(form, "camundaForm." + form.get("id").asText() + ".", keys);

        assertThat(keys).hasSizeGreaterThan(40);
        for (String key : keys) {
            String english = messages.getMessage(key, null, null, Locale.ENGLISH);
            assertThat(english).as(key).isNotBlank()
                    .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        }
    }

    /** The message keys of the form's texts, as the webapps' form translation looks them up. */
    private static void texts(JsonNode node, String prefix, List<String> keys) {
        for (JsonNode component : node.path("components")) {
            String key = prefix + component.path("id").asText() + ".";
            for (String text : List.of("label", "text", "alt", "description")) {
                if (component.hasNonNull(text)) {
                    keys.add(key + text);
                }
            }
            component.path("values").forEach(option -> keys.add(key + "value." + option.path("value").asText()));
            texts(component, prefix, keys);
        }
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
