package jp.shomei.retention;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionConfig {

    /** Every process deployed takes the configured history time-to-live, whatever its BPMN says. */
    @Bean
    AbstractProcessEnginePlugin historyTimeToLivePlugin(RetentionProperties properties) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                        processDefinition.setHistoryTimeToLive(properties.historyDaysOf(processDefinition.getKey()));
                    }
                });
            }
        };
    }
}
