package jp.shomei.analytics;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fact tables are filled beside the engine's own history: with a custom handler the engine composes both (a
 * CompositeDbHistoryEventHandler), so its history and cleanup stay as they are. The meters' handler comes after the
 * facts', whose rows it reads.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfig {

    @Bean
    AnalyticsFacts analyticsFacts(JdbcTemplate jdbc) {
        return new AnalyticsFacts(jdbc);
    }

    @Bean
    AbstractProcessEnginePlugin analyticsHistoryPlugin(AnalyticsFacts facts, ProcessMeters meters) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomHistoryEventHandlers() == null) {
                    configuration.setCustomHistoryEventHandlers(new ArrayList<>());
                }
                configuration.getCustomHistoryEventHandlers().add(new AnalyticsHistoryHandler(facts));
                configuration.getCustomHistoryEventHandlers().add(new MeterHistoryHandler(meters, facts));
            }
        };
    }
}
