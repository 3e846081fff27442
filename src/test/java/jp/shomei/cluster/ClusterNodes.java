package jp.shomei.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.shomei.support.TestDatabase;

/** What a node of the cluster tests is started with, besides the profiles demo, test, postgres and cluster. */
final class ClusterNodes {

    private ClusterNodes() {
    }

    /**
     * The command-line arguments of a node on the given port and database: the test's mail server instead of an
     * embedded one, no embedded directory, short URL validity, an engine and process application named apart from
     * the others in the JVM, and a short job lock and idle wait, so that jobs a node left go to the other soon; then
     * the test's own.
     */
    static List<String> arguments(String name, int port, String database, boolean demoData, int smtpPort,
            Duration urlValidity, Duration lockTime, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--shomei.base-url=http://localhost:" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.postgresUser(),
                "--spring.datasource.password=",
                "--shomei.demo.enabled=" + demoData,
                "--shomei.mail.embedded.enabled=false",
                "--spring.mail.port=" + smtpPort,
                "--shomei.directory.embedded.enabled=false",
                "--shomei.registration.url-validity=" + urlValidity.toSeconds() + "s",
                "--camunda.bpm.generate-unique-process-application-name=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTime.toMillis(),
                // A node finds the jobs another node's requests created when it next looks for jobs; when idle,
                // after at most this long (the engine's default: a minute).
                "--camunda.bpm.job-execution.max-wait=2000",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
