package jp.shomei.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database of the tests: H2 in memory, or, with {@code -Dshomei.test.database=postgres} (or the environment
 * variable {@code SHOMEI_TEST_DATABASE=postgres}), one embedded PostgreSQL per JVM, started from Maven's artefacts
 * on a free port. The Spring tests then run the application with its {@code postgres} profile on the database
 * {@value #APPLICATION}; the plain process tests get an engine of their own on {@value #PROCESS_TESTS}, so that the
 * application's job executor never sees their jobs.
 */
public final class TestDatabase {

    private static final String APPLICATION = "shomei";
    private static final String PROCESS_TESTS = "process_test";
    private static final String USER = "postgres";

    /**
     * When the JVM ends, the library's shutdown hook stops PostgreSQL while Spring's closes the applications; a step of
     * their closing that asks for a connection then waits this long instead of Hikari's 30 s, so that the test JVM
     * ends well within surefire's 30 s.
     */
    private static final long SHORT_CONNECTION_TIMEOUT_MILLIS = 3000;

    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    public static boolean postgres() {
        String chosen = System.getProperty("shomei.test.database", System.getenv("SHOMEI_TEST_DATABASE"));
        return "postgres".equalsIgnoreCase(chosen);
    }

    /** The plain process tests' engine database (process-test.camunda.cfg.xml), pooled as the application's is. */
    public static DataSource processTestDataSource() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("process-test");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(SHORT_CONNECTION_TIMEOUT_MILLIS);
        if (postgres()) {
            config.setJdbcUrl(postgresServer().getJdbcUrl(USER, PROCESS_TESTS));
        } else {
            config.setJdbcUrl("jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        }
        return new HikariDataSource(config);
    }

    /**
     * A new, empty database on the embedded PostgreSQL, for a test that starts applications of its own on it; returns
     * its JDBC URL, for the user {@link #postgresUser()} without a password.
     */
    public static String newPostgresDatabase(String name) {
        try (Connection connection = postgresServer().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return postgresServer().getJdbcUrl(USER, name);
    }

    public static String postgresUser() {
        return USER;
    }

    private static synchronized EmbeddedPostgres postgresServer() {
        if (server == null) {
            try {
                // Stopped by the library's shutdown hook when the JVM ends. PostgreSQL refuses to run as root; run as
                // root (as CI is), the library starts it in a user namespace of its own (unshare -U).
                server = EmbeddedPostgres.start();
                try (Connection connection = server.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("create database " + APPLICATION);
                    statement.execute("create database " + PROCESS_TESTS);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test databases", e);
            }
        }
        return server;
    }

    /** demo and test, and postgres when the tests run on PostgreSQL. */
    public static class Profiles implements ActiveProfilesResolver {

        @Override
        public String[] resolve(Class<?> testClass) {
            return postgres() ? new String[] {"demo", "test", "postgres"} : new String[] {"demo", "test"};
        }
    }

    /** Points the application at the embedded PostgreSQL, when the tests run on it. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (postgres()) {
                TestPropertyValues.of(
                        "spring.datasource.url=" + postgresServer().getJdbcUrl(USER, APPLICATION),
                        "spring.datasource.username=" + USER,
                        "spring.datasource.password=",
                        "spring.datasource.hikari.connection-timeout=" + SHORT_CONNECTION_TIMEOUT_MILLIS)
                        .applyTo(context);
            }
        }
    }
}
