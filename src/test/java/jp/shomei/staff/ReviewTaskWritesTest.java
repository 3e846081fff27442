package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationDecisionRepository;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.review.ReviewDecision;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * A reviewer may write only the review form's fields on a review task, through every door: the engine's REST API
 * and the webapps' copy of it. The decision always lands on the registration the process reviews.
 */
@ShomeiTest
class ReviewTaskWritesTest {

    private static final String WEBAPP_TASKS = "/camunda/api/engine/engine/default/task/";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationDecisionRepository decisions;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    LoginThrottleRepository throttles;

    private Registration reviewed;
    private Registration victim;
    private Task review;

    @BeforeEach
    void twoApplicationsUnderReview() {
        throttles.deleteAll();
        reviewed = submitted("reviewed");
        victim = submitted("victim");
        review = taskService.createTaskQuery().processInstanceBusinessKey(reviewed.getId().toString())
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).singleResult();
    }

    @Test
    void shouldRefuseEveryVariableBeyondTheFormThroughTheRestApi() throws Exception {
        String forged = "{\"value\":" + victim.getId() + ",\"type\":\"Long\"}";
        HttpResponse<String> put = rest("PUT", "/task/" + review.getId() + "/variables/registrationId", forged);
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("registrationId", "decision");
        assertThat(rest("PUT", "/task/" + review.getId() + "/localVariables/reviewerGroup",
                "{\"value\":\"staff-saikyo\"}").statusCode()).isEqualTo(400);
        assertThat(rest("DELETE", "/task/" + review.getId() + "/variables/reviewReminderAt", null).statusCode())
                .isEqualTo(400);
        assertThat(rest("POST", "/task/" + review.getId() + "/variables",
                "{\"modifications\":{\"registrationId\":" + forged + "}}").statusCode()).isEqualTo(400);
        assertThat(rest("POST", "/task/" + review.getId() + "/bpmnError", "{\"errorCode\":\"x\"}").statusCode())
                .isEqualTo(400);
        // The process's own variables are closed to reviewers altogether.
        assertThat(rest("PUT", "/process-instance/" + review.getProcessInstanceId() + "/variables/reviewerGroup",
                "{\"value\":\"staff-saikyo\"}").statusCode()).isEqualTo(403);
        assertThat(rest("PUT", "/execution/" + review.getExecutionId() + "/localVariables/reviewerGroup",
                "{\"value\":\"staff-saikyo\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> complete = rest("POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"reject\"},\"decisionReason\":{\"value\":\"Forged\"},"
                        + "\"registrationId\":" + forged + "}}");
        assertThat(complete.statusCode()).isEqualTo(400);
        assertThat(complete.body()).contains("「registrationId」");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
        assertThat(taskService.getVariables(review.getId())).doesNotContainKey("registrationId");

        // The form's own fields are accepted, one by one or with the completion.
        assertThat(rest("PUT", "/task/" + review.getId() + "/variables/decisionReason",
                "{\"value\":\"Not enrolled\"}").statusCode()).isEqualTo(204);
        assertThat(rest("POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"reject\"}}}").statusCode()).isEqualTo(204);
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(reviewed.getId()))
                .singleElement().satisfies(d -> assertThat(d.getReason()).isEqualTo("Not enrolled"));
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(victim.getId())).isEmpty();
    }

    @Test
    void shouldRefuseForeignVariablesAndIncompleteDecisionsInTheWebappsInTheReviewersLanguage() {
        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        staff.page("/camunda/app/tasklist/default/");
        Map<String, String> japanese = Map.of("Accept-Language", "ja");
        Map<String, String> english = Map.of("Accept-Language", "en");

        ResponseEntity<String> forged = staff.sendJson("POST", WEBAPP_TASKS + review.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"},\"reviewerGroup\":{\"value\":\"staff-saikyo\"}}}",
                japanese);
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("「reviewerGroup」は設定できません");

        ResponseEntity<String> noDecision = staff.sendJson("POST", WEBAPP_TASKS + review.getId() + "/submit-form",
                "{\"variables\":{}}", japanese);
        assertThat(noDecision.getStatusCode().value()).isEqualTo(400);
        assertThat(noDecision.getBody()).contains("承認・却下・再提出依頼のいずれかを選んでください");
        ResponseEntity<String> noReason = staff.sendJson("POST", WEBAPP_TASKS + review.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"resubmit\"},\"decisionReason\":{\"value\":\" \"}}}",
                english);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("Enter the reason to reject or to ask for resubmission.");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();

        ResponseEntity<String> decided = staff.sendJson("POST", WEBAPP_TASKS + review.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"resubmit\"},\"decisionReason\":{\"value\":\"Blurred\"},"
                        + "\"resubmit_document\":{\"value\":true}}}", english);
        assertThat(decided.getStatusCode().value()).isEqualTo(204);
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(reviewed.getId()))
                .singleElement().satisfies(d -> assertThat(d.getReason()).isEqualTo("Blurred"));
    }

    @Test
    void shouldKeepTheDecisionWithTheReviewedRegistrationWhateverTheTaskHolds() throws Exception {
        // Even a variable that reached the task by another way names nothing: the process's business key does.
        taskService.setVariableLocal(review.getId(), "registrationId", victim.getId());
        assertThat(rest("POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"reject\"},\"decisionReason\":{\"value\":\"Unknown\"}}}")
                .statusCode()).isEqualTo(204);
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(reviewed.getId())).hasSize(1);
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(victim.getId())).isEmpty();
    }

    @Test
    void shouldEndTheReviewAtTheDecisionRecordedWhenTheTaskHoldsTwoCopies() throws Exception {
        // One decision written to the process, another task-local: the listener checks and records the local one.
        assertThat(rest("PUT", "/task/" + review.getId() + "/variables/decision", "{\"value\":\"reject\"}")
                .statusCode()).isEqualTo(204);
        assertThat(rest("PUT", "/task/" + review.getId() + "/localVariables/decision", "{\"value\":\"approve\"}")
                .statusCode()).isEqualTo(204);
        assertThat(rest("POST", "/task/" + review.getId() + "/complete", "{}").statusCode()).isEqualTo(204);

        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(reviewed.getId()))
                .singleElement().satisfies(d -> assertThat(d.getDecision()).isEqualTo(ReviewDecision.APPROVE));
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(review.getProcessInstanceId()).singleResult().getEndActivityId())
                .isEqualTo(RegistrationReviewProcess.Elements.END_APPROVED);
    }

    private Registration submitted(String who) {
        return registrations.importSubmitted(who + "-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "審査 太郎", "シンサ タロウ"));
    }

    private HttpResponse<String> rest(String method, String path, String json) throws Exception {
        return new EngineRest(port).call("toto-staff", "Staff-Demo-2026", method, path, json);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
