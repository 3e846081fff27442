package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The analyst's Cockpit agrees with itself: the instances the dashboard counts are the ones the process view lists,
 * with where each stands, and the deployments are there; their variables stay closed, at runtime and in history.
 * The universities' reviews (each in its university's tenant) are there too, with the count of open human tasks,
 * but the analyst can neither read their variables nor claim or complete them.
 */
@ShomeiTest
class AnalystViewTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    TaskService taskService;

    @Autowired
    AuthorizationService authorizationService;

    @Test
    void shouldShowInstancesAndTheirProgressButNoVariables() throws Exception {
        throttles.deleteAll();
        Registration registration = registrations.importSubmitted("analyst-view-" + System.nanoTime()
                + "@example.jp", Locale.JAPANESE, TestApplications.totoApplication(universities, catalog,
                "青木 葵", "アオキ アオイ"));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult();
        assertThat(runtimeService.getVariables(instance.getId())).as("what the analyst must not read").isNotEmpty();

        WebClient analyst = new WebClient("http://localhost:" + port);
        analyst.signInAsStaff("analyst", "Analyst-Demo-2026");
        analyst.page("/camunda/app/cockpit/default/");

        JsonNode statistics = json(analyst.get(ENGINE + "/process-definition/statistics?rootIncidents=true"));
        long counted = 0;
        for (JsonNode definition : statistics) {
            if (definition.path("id").asText().equals(instance.getProcessDefinitionId())) {
                counted = definition.path("instances").asLong();
            }
        }
        assertThat(counted).as("the dashboard's count").isPositive();
        assertThat(json(analyst.get(ENGINE + "/process-instance/count?processDefinitionId="
                + instance.getProcessDefinitionId())).path("count").asLong())
                .as("the process view's instances").isEqualTo(counted);
        assertThat(json(analyst.get(ENGINE + "/process-instance/" + instance.getId() + "/activity-instances"))
                .toString()).as("where the instance stands").contains("CallActivity_Review");
        assertThat(json(analyst.get(ENGINE + "/deployment/count")).path("count").asLong()).isPositive();

        assertThat(analyst.get(ENGINE + "/process-instance/" + instance.getId() + "/variables")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(json(analyst.get(ENGINE + "/variable-instance?processInstanceIdIn=" + instance.getId())))
                .isEmpty();
        assertThat(json(analyst.get(ENGINE + "/history/variable-instance?processInstanceId=" + instance.getId())))
                .isEmpty();
        assertThat(analyst.sendJson("PUT", ENGINE + "/process-instance/" + instance.getId()
                + "/variables/decision", "{\"value\":\"APPROVE\",\"type\":\"String\"}", Map.of())
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void shouldShowTheUniversitiesReviewsAndTheirOpenTasksButNeitherVariablesNorWork() throws Exception {
        throttles.deleteAll();
        Registration registration = registrations.importSubmitted("analyst-review-" + System.nanoTime()
                + "@example.jp", Locale.JAPANESE, TestApplications.totoApplication(universities, catalog,
                "石田 遥", "イシダ ハルカ"));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(registration.getId().toString())
                .singleResult();
        String review = task.getProcessInstanceId();
        assertThat(task.getTenantId()).isEqualTo("toto");
        assertThat(runtimeService.getVariables(review)).as("what the analyst must not read").isNotEmpty();

        WebClient analyst = new WebClient("http://localhost:" + port);
        analyst.signInAsStaff("analyst", "Analyst-Demo-2026");
        analyst.page("/camunda/app/cockpit/default/");

        JsonNode listed = json(analyst.get(COCKPIT + "/process-definition/statistics?firstResult=0&maxResults=50"));
        assertThat(listed.findValuesAsText("id")).as("Cockpit's list of processes").contains(task.getProcessDefinitionId());
        assertThat(json(analyst.get(ENGINE + "/process-instance/" + review)).path("tenantId").asText())
                .isEqualTo("toto");
        assertThat(json(analyst.get(ENGINE + "/process-instance/count?processDefinitionId="
                + task.getProcessDefinitionId())).path("count").asLong()).isPositive();
        // The dashboard's "Open human tasks" (and the history of this one).
        assertThat(json(analyst.sendJson("POST", ENGINE + "/history/task/count", "{\"unfinished\":true}", Map.of()))
                .path("count").asLong()).isPositive();
        assertThat(json(analyst.get(ENGINE + "/history/task?processInstanceId=" + review))).hasSize(1);

        assertThat(analyst.get(ENGINE + "/process-instance/" + review + "/variables").getStatusCode().value())
                .isEqualTo(403);
        assertThat(json(analyst.get(ENGINE + "/variable-instance?processInstanceIdIn=" + review))).isEmpty();
        assertThat(json(analyst.get(ENGINE + "/history/variable-instance?processInstanceId=" + review))).isEmpty();
        assertThat(analyst.get(ENGINE + "/task/" + task.getId() + "/form-variables").getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(analyst.get(ENGINE + "/task/" + task.getId() + "/variables").getStatusCode().is2xxSuccessful())
                .isFalse();

        assertThat(analyst.sendJson("POST", ENGINE + "/task/" + task.getId() + "/claim", "{\"userId\":\"analyst\"}",
                Map.of()).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(analyst.sendJson("POST", ENGINE + "/task/" + task.getId() + "/complete", "{}", Map.of())
                .getStatusCode().is2xxSuccessful()).isFalse();
        Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).isNull();

        for (Authorization grant : authorizationService.createAuthorizationQuery()
                .groupIdIn(StaffAuthorizations.ANALYSTS).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            assertThat(grant.isEveryPermissionGranted()).as("resource type " + grant.getResourceType()).isFalse();
            if (grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()) {
                assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE)).isFalse();
                assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY_VARIABLE)).isFalse();
                assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.TASK_WORK)).isFalse();
                assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
            }
            if (grant.getResourceType() == Resources.TASK.resourceType()) {
                assertThat(grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isFalse();
            }
        }
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
