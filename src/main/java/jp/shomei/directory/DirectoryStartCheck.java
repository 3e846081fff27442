package jp.shomei.directory;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, every configured student directory must answer before the web server opens its port: bound as its
 * manager (or anonymously) with its base entry readable. A wrong URL, base DN or manager password, or a directory
 * that is down, stops the start with a message naming the university, the URL and the problem. So does the embedded
 * directory, whose demo students share a published password.
 */
@Component
@Profile("prod")
class DirectoryStartCheck implements SmartInitializingSingleton {

    private final LdapStudentDirectory directory;
    private final DirectoryProperties properties;

    DirectoryStartCheck(LdapStudentDirectory directory, DirectoryProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to run in production: " + String.join("; ", problems));
        }
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (properties.embedded().enabled()) {
            problems.add("shomei.directory.embedded.enabled: the embedded directory holds demo students");
        }
        directory.checkNow().stream().filter(health -> !health.up())
                .map(health -> "the student directory of " + health.universityCode() + " (" + health.url()
                        + ") does not answer: " + health.problem())
                .forEach(problems::add);
        return problems;
    }
}
