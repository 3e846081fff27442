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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The analyst's Cockpit agrees with itself: the instances the dashboard counts are the ones the process view lists,
 * with where each stands, and the deployments are there; their variables stay closed, at runtime and in history.
 */
@ShomeiTest
class AnalystViewTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

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

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
