package jp.shomei.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.shomei.ShomeiApplication;
import jp.shomei.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long the Camunda webapps take to become usable in headless Chromium over loopback: from asking for the
 * page until Tasklist lists the demo reviewer's tasks, and until Cockpit's dashboard counts the running process
 * instances. Cold is a fresh browser profile (nothing cached, signed in at /staff/login just before); warm is the
 * same browser opening the page again. The application runs as by default, with H2 in file mode (in a temporary
 * folder) and its demo data, on ports of its own; one unmeasured round warms the server up first.
 * After {@code ./mvnw test-compile}: {@code java -cp "target/test-classes:target/classes:$(./mvnw -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" jp.shomei.bench.WebappLoadBenchmark [rounds]}
 */
public final class WebappLoadBenchmark {

    private static final int PORT = 18082;
    private static final String BASE = "http://localhost:" + PORT;
    private static final String TASKLIST = BASE + "/camunda/app/tasklist/default/";
    private static final String COCKPIT = BASE + "/camunda/app/cockpit/default/";

    private WebappLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path data = Files.createTempDirectory("shomei-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShomeiApplication.class)
                .profiles("demo")
                .run("--server.port=" + PORT, "--shomei.base-url=" + BASE,
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shomei") + ";AUTO_SERVER=FALSE",
                        "--spring.mail.port=3927", "--shomei.mail.embedded.smtp-port=3927",
                        "--shomei.mail.embedded.imap-port=3945", "--logging.level.root=WARN");
        try {
            Function<WebDriver, Boolean> tasksListed = d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty();
            Function<WebDriver, Boolean> instancesCounted = d -> d.findElements(
                            By.cssSelector(".stats-section.process-instances a.value")).stream()
                    .anyMatch(e -> e.getText().matches(".*[1-9].*"));
            measure("Tasklist", "toto-staff", "Staff-Demo-2026", TASKLIST, tasksListed, 1);
            measure("Cockpit", "admin", "Admin-Demo-2026", COCKPIT, instancesCounted, 1);
            print("Tasklist, list of tasks", measure("Tasklist", "toto-staff", "Staff-Demo-2026", TASKLIST,
                    tasksListed, rounds));
            print("Cockpit, dashboard", measure("Cockpit", "admin", "Admin-Demo-2026", COCKPIT, instancesCounted,
                    rounds));
        } finally {
            app.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(WebappLoadBenchmark::delete);
            }
        }
        System.exit(0);
    }

    /** Milliseconds of each round: cold in the first list, warm in the second. */
    private static List<List<Long>> measure(String webapp, String user, String password, String url,
            Function<WebDriver, Boolean> usable, int rounds) throws IOException {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            WebDriver driver = Browser.start("en", 1280, 900);
            try {
                driver.manage().timeouts().implicitlyWait(Duration.ZERO);
                driver.get(BASE + "/staff/login");
                driver.findElement(By.name("username")).sendKeys(user);
                driver.findElement(By.name("password")).sendKeys(password);
                driver.findElement(By.cssSelector("main form button[type='submit']")).click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/staff"));
                cold.add(load(driver, url, usable));
                driver.get("about:blank");
                warm.add(load(driver, url, usable));
            } finally {
                driver.quit();
            }
        }
        return List.of(cold, warm);
    }

    private static long load(WebDriver driver, String url, Function<WebDriver, Boolean> usable) {
        long start = System.nanoTime();
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(10)).until(usable::apply);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String what, List<List<Long>> times) {
        System.out.printf("%s: cold %s, warm %s%n", what, summary(times.get(0)), summary(times.get(1)));
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("median %d ms (%d–%d ms, %d rounds)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
