package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.shomei.demo.DemoCredentials;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How long the Camunda webapps take to become usable in headless Chromium over loopback: from asking for the page until
 * Tasklist lists the demo reviewer's tasks, and until Cockpit's dashboard counts the running process instances. Cold is
 * a fresh browser profile (nothing cached, signed in at /staff/login just before); warm is the same browser opening
 * the page again. A review for the demo reviewer is submitted first, so that Tasklist has a task to list whatever
 * other tests did. Skips without Chromium, unless SHOMEI_BROWSER_TESTS=required. The full mode first warms the server
 * up with one unmeasured round per webapp; {@code -Dshomei.benchmark.rounds=N} sets the measured rounds (1 in the
 * short mode, 5 in the full). {@code ./mvnw -B test -Dtest=WebappLoadBenchmark -Dshomei.benchmark=full}
 */
@ShomeiTest
class WebappLoadBenchmark {

    private static final Function<WebDriver, Boolean> TASKS_LISTED =
            d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty();
    private static final Function<WebDriver, Boolean> INSTANCES_COUNTED =
            d -> d.findElements(By.cssSelector(".stats-section.process-instances a.value")).stream()
                    .anyMatch(e -> e.getText().matches(".*[1-9].*"));

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Test
    void shouldMeasureHowSoonTheWebappsAreUsable() throws Exception {
        int rounds = Integer.getInteger("shomei.benchmark.rounds", Benchmarks.pick(1, 5));
        registrations.importSubmitted("webapp-load-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "負荷 試験", "フカ シケン"));
        String tasklist = base() + "/camunda/app/tasklist/default/";
        String cockpit = base() + "/camunda/app/cockpit/default/";
        int warmUp = Benchmarks.pick(0, 1);
        measure("toto-staff", DemoCredentials.STAFF_PASSWORD, tasklist, TASKS_LISTED, warmUp);
        measure("admin", DemoCredentials.ADMIN_PASSWORD, cockpit, INSTANCES_COUNTED, warmUp);

        Benchmarks.Table table = new Benchmarks.Table("WebappLoadBenchmark",
                "Camunda webapps until usable in headless Chromium over loopback, " + rounds + " rounds",
                "page", "load", "rounds", "median ms", "min ms", "max ms");
        rows(table, "Tasklist, list of tasks",
                measure("toto-staff", DemoCredentials.STAFF_PASSWORD, tasklist, TASKS_LISTED, rounds));
        rows(table, "Cockpit, dashboard",
                measure("admin", DemoCredentials.ADMIN_PASSWORD, cockpit, INSTANCES_COUNTED, rounds));
        table.note("From asking for the page until it shows what it is for; cold: a fresh browser profile, signed in "
                + "just before; warm: the same browser opening the page again.%s",
                warmUp > 0 ? " One unmeasured round per webapp warmed the server up first." : "");
        Path file = table.publish();

        assertThat(table.size()).isEqualTo(4);
        assertThat(file).exists();
    }

    /** Milliseconds of each round: cold in the first list, warm in the second. */
    private List<List<Long>> measure(String user, String password, String url, Function<WebDriver, Boolean> usable,
            int rounds) throws IOException {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            WebDriver driver = Browser.start("en", 1280, 900);
            try {
                driver.manage().timeouts().implicitlyWait(Duration.ZERO);
                driver.get(base() + "/staff/login");
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

    private static void rows(Benchmarks.Table table, String page, List<List<Long>> times) {
        String[] loads = {"cold", "warm"};
        for (int i = 0; i < loads.length; i++) {
            long[] millis = times.get(i).stream().mapToLong(Long::longValue).toArray();
            table.row(page, loads[i], millis.length, (long) Benchmarks.percentile(millis, 50),
                    (long) Benchmarks.percentile(millis, 0), (long) Benchmarks.percentile(millis, 100));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
