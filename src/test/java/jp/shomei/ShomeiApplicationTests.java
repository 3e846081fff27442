package jp.shomei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.registration.RegistrationProcess;
import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ShomeiTest
class ShomeiApplicationTests {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Test
    void shouldDeployTheRegistrationProcessWithItsReviewForm() {
        ProcessDefinition registration = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationProcess.KEY).latestVersion().singleResult();
        assertThat(repositoryService.getDeploymentResourceNames(registration.getDeploymentId()))
                .anyMatch(name -> name.endsWith("review-application.form"));
    }

    @Test
    void shouldStartWithTheDemoApplicationWaitingForTotoStaff() {
        assertThat(taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW).count()).isPositive();
    }
}
