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
public class PasswordConfig {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, parallelism 1 (Spring's defaults are lower). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    /** One bound for every hash this application computes, graduates' and engine users' alike: one per core. */
    private final PasswordEncoder hashing = new BoundedPasswordEncoder(argon2(),
            Runtime.getRuntime().availableProcessors());

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id, Map.of(id, hashing));
    }

    /** Engine users' passwords go through the same encoder and follow the same rules. */
    @Bean
    AbstractProcessEnginePlugin enginePasswordPlugin(PasswordPolicy policy, PasswordPolicyProperties properties) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setPasswordEncryptor(new EnginePasswordEncryptor(hashing));
                configuration.setEnablePasswordPolicy(true);
                configuration.setPasswordPolicy(new EnginePasswordPolicy(policy, properties));
            }
        };
    }

    /** The Argon2id encoder alone, as every password is hashed with it (and as the login benchmark times it). */
    public static Argon2PasswordEncoder argon2() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
