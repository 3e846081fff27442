package jp.shomei.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
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

    /**
     * Shomei's additions to the engine's own tables ({@code db/engine}, history in {@code flyway_engine_schema_history}),
     * migrated once the engine has created or updated its schema and before its job executor starts: the migrations of
     * Shomei's tables run before the engine exists.
     */
    @Bean
    AbstractProcessEnginePlugin engineSchemaAdditionsPlugin(DataSource dataSource) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postProcessEngineBuild(ProcessEngine processEngine) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/engine")
                        .table("flyway_engine_schema_history").baselineOnMigrate(true).baselineVersion("0")
                        .load().migrate();
            }
        };
    }
}
