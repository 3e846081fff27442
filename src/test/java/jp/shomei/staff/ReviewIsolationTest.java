package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff of one university never see, claim or complete another's review, through Tasklist's API or REST. */
@ShomeiTest
class ReviewIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Test
    void shouldShowTotosReviewToTotosStaffOnlyInTheWebapps() {
        Task review = totoReview();
        assertThat(review.getTenantId()).isEqualTo("toto");
        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        toto.page("/camunda/app/tasklist/default/");
        assertThat(toto.page("/camunda/api/engine/engine/default/task")).contains(review.getId());

        WebClient saikyo = new WebClient(base());
        saikyo.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        saikyo.page("/camunda/app/tasklist/default/");
        assertThat(saikyo.page("/camunda/api/engine/engine/default/task")).doesNotContain(review.getId());
        assertThat(saikyo.get("/camunda/api/engine/engine/default/task/" + review.getId()).getStatusCode().value())
                .isIn(403, 404);
    }

    @Test
    void shouldRefuseAnotherUniversitysReviewThroughTheRestApi() throws Exception {
        Task review = totoReview();
        assertThat(rest("saikyo-staff", "GET", "/task", null).body()).doesNotContain(review.getId());
        assertThat(rest("saikyo-staff", "POST", "/task/" + review.getId() + "/claim", "{\"userId\":\"saikyo-staff\"}")
                .statusCode()).isIn(403, 404, 500);
        assertThat(rest("saikyo-staff", "POST", "/task/" + review.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}").statusCode()).isIn(403, 404, 500);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).isNotNull();
        assertThat(rest("toto-staff", "GET", "/task", null).body()).contains(review.getId());
    }

    private Task totoReview() {
        return taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).list().get(0);
    }

    private HttpResponse<String> rest(String user, String method, String path, String json) throws Exception {
        return new EngineRest(port).call(user, "Staff-Demo-2026", json == null ? "GET" : method, path, json);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
