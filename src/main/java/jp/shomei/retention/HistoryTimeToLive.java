package jp.shomei.retention;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Definitions deployed before the configured history time-to-live (or under another one) take it at start-up;
 * those deployed from now on take it as they are parsed (see {@link RetentionConfig}). Instances that have already
 * ended keep the removal time they were given.
 */
@Component
class HistoryTimeToLive {

    private final RepositoryService repositoryService;
    private final RetentionProperties properties;

    HistoryTimeToLive(RepositoryService repositoryService, RetentionProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    /** After the universities' review processes are deployed (order 50). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    public void applyToDeployed() {
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
            int days = properties.historyDaysOf(definition.getKey());
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }
}
