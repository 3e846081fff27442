package jp.shomei.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;

/**
 * Retries (see {@code @Retryable}) are for requests that end another process instance while its job runs: the
 * engine's optimistic locking lets one of the two win, and the request tries again rather than fail.
 */
@Configuration(proxyBeanMethods = false)
@EnableRetry
class EngineConfig {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    AbstractProcessEnginePlugin reviewViewHistoryLevelPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomHistoryLevels() == null) {
                    configuration.setCustomHistoryLevels(new ArrayList<>());
                }
                configuration.getCustomHistoryLevels().add(new ReviewViewHistoryLevel());
            }
        };
    }
}
