package jp.shomei.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine keeps each process's history as long as configured (180 days unless a process has its own), whatever
 * the BPMN says, for the definitions already deployed and those deployed later, and cleans it up at night.
 */
@ShomeiTest
class HistoryTimeToLiveTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void shouldGiveEveryDeployedProcessItsConfiguredHistoryTimeToLive() {
        assertThat(repositoryService.createProcessDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
                        .isEqualTo(definition.getKey().equals("login-lock-notice") ? 30 : 180));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("registration-review")
                .list()).as("every university's review").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldGiveAProcessDeployedLaterTheDefaultRatherThanItsOwn() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("retention-probe").camundaHistoryTimeToLive(365)
                .startEvent().endEvent().done();
        Deployment deployment = repositoryService.createDeployment().addModelInstance("retention-probe.bpmn", model)
                .deploy();
        try {
            ProcessDefinition probe = repositoryService.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();
            assertThat(probe.getHistoryTimeToLive()).isEqualTo(180);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void shouldCleanUpTheHistoryBetweenOneAndFourAtNightJapanTime() {
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0900");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00+0900");
        assertThat(engineConfiguration.isHistoryCleanupEnabled()).isTrue();
    }
}
