package jp.shomei.config;

import java.util.ArrayList;
import java.util.List;
import jp.shomei.demo.DemoCredentials;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In production, a demo password anywhere stops the start: in the configuration or on an engine user. */
@Component
@Profile("prod")
class ProductionSafety {

    private final Environment environment;
    private final IdentityService identityService;

    ProductionSafety(Environment environment, IdentityService identityService) {
        this.environment = environment;
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refuseDemoPasswords() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to run in production: " + String.join("; ", problems));
        }
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String adminPassword = environment.getProperty("camunda.bpm.admin-user.password");
        if (adminPassword != null && DemoCredentials.ENGINE_USERS.containsValue(adminPassword)) {
            problems.add("camunda.bpm.admin-user.password is a demo password");
        }
        DemoCredentials.ENGINE_USERS.forEach((userId, demoPassword) -> {
            if (identityService.createUserQuery().userId(userId).count() > 0
                    && identityService.checkPassword(userId, demoPassword)) {
                problems.add("engine user " + userId + " still has its demo password");
            }
        });
        return problems;
    }
}
