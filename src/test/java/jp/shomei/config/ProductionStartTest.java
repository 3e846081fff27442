package jp.shomei.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shomei.ShomeiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application started as production starts it, in a JVM of its own (one engine per JVM): a demo password stops
 * it before the web server listens, and a start records no failed login against anyone.
 */
class ProductionStartTest {

    private static final String LISTENING = "Tomcat started on port";
    private static final String STARTED = "Started ShomeiApplication";

    @TempDir
    Path data;

    @Test
    void shouldRefuseADemoPasswordBeforeTheWebServerListens() throws Exception {
        Started start = production("Admin-Demo-2026", false);
        assertThat(start.exitCode()).isNotZero();
        assertThat(start.log()).contains("Refusing to run in production").doesNotContain(LISTENING);
    }

    @Test
    void shouldCountNoFailedLoginAgainstTheAdministratorAtStart() throws Exception {
        Started start = production("Real-Admin-Password-2026", true);
        assertThat(start.log()).contains(LISTENING);
        try (Connection db = DriverManager.getConnection(databaseUrl(), "sa", "");
                ResultSet admin = db.createStatement().executeQuery(
                        "select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = 'admin'")) {
            assertThat(admin.next()).isTrue();
            assertThat(admin.getInt(1)).isZero();
            assertThat(admin.getTimestamp(2)).isNull();
        }
    }

    /** Starts production; when it comes up, stops it again once started. */
    private Started production(String adminPassword, boolean stopOnceStarted) throws Exception {
        Path log = data.resolve("start.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ShomeiApplication.class.getName(),
                "--spring.profiles.active=prod",
                "--SHOMEI_DB_URL=" + databaseUrl(), "--SHOMEI_DB_USER=sa", "--SHOMEI_DB_PASSWORD=",
                "--SHOMEI_SMTP_HOST=localhost", "--SHOMEI_MAIL_FROM=no-reply@example.jp",
                "--SHOMEI_BASE_URL=https://certificates.example.jp",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + adminPassword))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (stopOnceStarted && read(log).contains(STARTED)) {
                process.destroy();
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        process.destroyForcibly();
        return new Started(process.waitFor(), read(log));
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + data.resolve("shomei").toAbsolutePath();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private record Started(int exitCode, String log) {
    }
}
