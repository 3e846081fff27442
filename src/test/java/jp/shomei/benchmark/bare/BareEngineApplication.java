package jp.shomei.benchmark.bare;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The bare engine StartupBenchmark compares Shomei with: what the Camunda engine, REST and webapp starters and a JDBC
 * data source start, and nothing of Shomei. Not a {@code @Component}, so Shomei's component scan of {@code jp.shomei}
 * never finds it, and it scans nothing itself. Shomei's libraries share the class path, so their auto-configurations
 * are excluded (security, JPA, Flyway, Thymeleaf, mail, LDAP, sessions, actuator), and Shomei's resources are not
 * read: a configuration file name of its own instead of {@code application.yaml}, and no auto-deployment of the
 * processes on the class path.
 */
@EnableAutoConfiguration
public class BareEngineApplication {

    private static final List<String> NOT_IN_THE_STARTERS = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.autoconfigure.security.",
            "org.springframework.boot.autoconfigure.flyway.",
            "org.springframework.boot.autoconfigure.orm.jpa.",
            "org.springframework.boot.autoconfigure.data.",
            "org.springframework.boot.autoconfigure.thymeleaf.",
            "org.springframework.boot.autoconfigure.mail.",
            "org.springframework.boot.autoconfigure.ldap.",
            "org.springframework.boot.autoconfigure.session.");

    /** The application, configured as described above; run it with the data source's and server's properties. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(BareEngineApplication.class);
        String excluded = String.join(",", ImportCandidates.load(AutoConfiguration.class,
                BareEngineApplication.class.getClassLoader()).getCandidates().stream()
                .filter(name -> NOT_IN_THE_STARTERS.stream().anyMatch(name::startsWith)).toList());
        application.setDefaultProperties(Map.of(
                "spring.config.name", "bare-engine",
                "spring.autoconfigure.exclude", excluded,
                "camunda.bpm.auto-deployment-enabled", "false"));
        return application;
    }
}
