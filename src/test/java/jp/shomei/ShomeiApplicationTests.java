package jp.shomei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestDatabase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

@ShomeiTest
class ShomeiApplicationTests {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldDeployTheRegistrationAndEachUniversitysReviewWithItsForm() {
        assertThat(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationProcess.KEY).withoutTenantId().latestVersion().singleResult())
                .isNotNull();
        for (String university : new String[] {"toto", "saikyo"}) {
            ProcessDefinition review = repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(RegistrationReviewProcess.KEY).tenantIdIn(university).latestVersion()
                    .singleResult();
            assertThat(repositoryService.getDeploymentResourceNames(review.getDeploymentId()))
                    .anyMatch(name -> name.endsWith("review-application.form"));
        }
    }

    @Test
    void shouldRunOnTheDatabaseTheTestsWereGiven() {
        assertThat(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()))
                .isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
    }

    @Test
    void shouldHashEngineUsersPasswordsWithArgon2() {
        assertThat(jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'toto-staff'", String.class))
                .startsWith("{ARGON2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(identityService.checkPassword("toto-staff", "Staff-Demo-2026")).isTrue();
    }

    @Test
    void shouldStartWithTheDemoApplicationWaitingForTotoStaff() {
        assertThat(taskService.createTaskQuery().taskCandidateGroup("staff-toto")
                .taskDefinitionKey(RegistrationReviewProcess.Elements.REVIEW).count()).isPositive();
    }
}
