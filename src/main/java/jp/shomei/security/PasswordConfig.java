package jp.shomei.security;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, parallelism 1 (Spring's defaults are lower). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, argon2()));
    }

    /** Engine users' passwords go through the same encoder and follow the same rules. */
    @Bean
    AbstractProcessEnginePlugin enginePasswordPlugin(PasswordPolicy policy, PasswordPolicyProperties properties) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setPasswordEncryptor(new EnginePasswordEncryptor());
                configuration.setEnablePasswordPolicy(true);
                configuration.setPasswordPolicy(new EnginePasswordPolicy(policy, properties));
            }
        };
    }

    static Argon2PasswordEncoder argon2() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
