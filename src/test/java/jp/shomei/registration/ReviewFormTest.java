package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The review form shows exactly what the review task provides, that view never reaches the history (a review done
 * leaves no trace of the applicant in it), and every text of the form is in the messages in Japanese (as the form
 * has it) and in English.
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

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @LocalServerPort
    int port;

    @Test
    void shouldBindEveryReviewFieldToAVariableOfTheTask() throws Exception {
        Task task = taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).list().get(0);
        Map<String, Object> local = taskService.getVariablesLocal(task.getId());

        Set<String> used = new HashSet<>();
        collect(new ObjectMapper().readTree(Files.readString(Path.of("processes/review-application.form"))), used);

        assertThat(local.keySet()).containsAll(used);
        assertThat(used).contains("review_nameKanji", "review_documentFront", "review_university");
        assertThat(local.get("review_documentFront").toString()).matches("^/staff/registrations/\\d+/documents/front.*");
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameLike("review\\_%").count())
                .isZero();
    }

    @Test
    void shouldKeepTheApplicantOutOfTheHistoryAfterAReview() throws Exception {
        String name = "履歴 残子" + System.nanoTime() % 10_000;
        String kana = "リレキ ノココ";
        String email = "history-" + System.nanoTime() + "@example.jp";
        Registration registration = registrations.importSubmitted(email, Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, name, kana));
        Task review = taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult();
        assertThat(taskService.getVariablesLocal(review.getId())).containsEntry("review_nameKanji", name)
                .containsKeys("review_applicationType", "review_submittedAt");

        EngineRest rest = new EngineRest(port);
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + review.getId() + "/claim",
                "{\"userId\":\"toto-staff\"}").statusCode()).isEqualTo(204);
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + review.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"reject\"},"
                        + "\"decisionReason\":{\"value\":\"Not enrolled\"}}}").statusCode()).isEqualTo(204);

        String instance = review.getProcessInstanceId();
        List<String> kept = new ArrayList<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
                .forEach(v -> kept.add(v.getName() + "=" + v.getValue()));
        historyService.createHistoricDetailQuery().processInstanceId(instance).list()
                .forEach(detail -> kept.add(detail.toString() + (detail instanceof HistoricVariableUpdate update
                        ? "=" + update.getValue() : "")));
        historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list()
                .forEach(task -> kept.add(task.getName() + " " + task.getDescription()));
        historyService.createUserOperationLogQuery().processInstanceId(instance).list()
                .forEach(entry -> kept.add(entry.getProperty() + "=" + entry.getOrgValue() + "→" + entry.getNewValue()));
        historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).list()
                .forEach(process -> kept.add(process.getBusinessKey()));

        assertThat(kept).as("the review's history").isNotEmpty().contains("decision=reject")
                .noneMatch(entry -> entry.contains(name) || entry.contains(kana) || entry.contains(email));
    }

    /** An address typed in Latin letters reads apart, with the prefecture in the reviewer's language. */
    @Test
    void shouldShowTheAddressInPartsWithThePrefectureInTheReadersLanguage() {
        RegistrationDraft application = TestApplications.totoApplication(universities, catalog, "Emma Brown",
                "ブラウン エマ");
        application.form().setPostalCode("100-0004");
        application.form().setCity("Chiyoda-ku");
        application.form().setStreet("1-1-1 Otemachi");
        application.form().setBuilding("Otemachi Tower 5F");
        Registration registration = registrations.importSubmitted("address-" + System.nanoTime() + "@example.jp",
                Locale.ENGLISH, application);
        Task review = taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult();

        assertThat(taskService.getVariablesLocal(review.getId()))
                .containsEntry("review_address", "〒100-0004 東京都 Chiyoda-ku 1-1-1 Otemachi Otemachi Tower 5F")
                .containsEntry("review_address__en", "〒100-0004 Tokyo Chiyoda-ku 1-1-1 Otemachi Otemachi Tower 5F");
    }

    @Test
    void shouldHaveEveryTextOfTheFormInJapaneseAndEnglish() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("processes/review-application.form")));
        Map<String, String> texts = new LinkedHashMap<>();
        texts(form, "camundaForm." + form.get("id").asText() + ".", texts);

        assertThat(texts).hasSizeGreaterThan(40);
        texts.forEach((key, written) -> {
            assertThat(messages.getMessage(key, null, null, Locale.JAPANESE)).as(key).isEqualTo(written);
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotBlank()
                    .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        });
    }

    /** The form's texts by their message keys, as the webapps' form translation looks them up. */
    private static void texts(JsonNode node, String prefix, Map<String, String> texts) {
        for (JsonNode component : node.path("components")) {
            String key = prefix + component.path("id").asText() + ".";
            for (String text : List.of("label", "text", "alt", "description")) {
                if (component.hasNonNull(text)) {
                    texts.put(key + text, component.get(text).asText());
                }
            }
            component.path("values").forEach(option ->
                    texts.put(key + "value." + option.path("value").asText(), option.path("label").asText()));
            texts(component, prefix, texts);
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
