package jp.shomei.config;

import java.util.ArrayList;
import java.util.List;
import jp.shomei.demo.DemoCredentials;
import jp.shomei.staff.StaffCredentials;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production, a demo password anywhere stops the start: in the configuration or on an engine user; so does the
 * sandbox payment provider, which marks orders paid without taking money. Checked once
 * the engine is built and before the web server opens its port; the users' hashes are compared without a login,
 * so that a start counts no failed login against anyone.
 */
@Component
@Profile("prod")
class ProductionSafety implements SmartInitializingSingleton {

    private final Environment environment;
    private final StaffCredentials credentials;

    ProductionSafety(Environment environment, StaffCredentials credentials) {
        this.environment = environment;
        this.credentials = credentials;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refuseDemoPasswords();
    }

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
            if (credentials.matches(userId, demoPassword)) {
                problems.add("engine user " + userId + " still has its demo password");
            }
        });
        if (environment.getProperty("shomei.payment.sandbox.enabled", Boolean.class, false)) {
            problems.add("shomei.payment.sandbox.enabled: the sandbox payment provider takes no money");
        }
        return problems;
    }
}
