package jp.shomei.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * Headless Chromium from the system packages, running in UTC so that pages showing Japan time prove they convert.
 * Where it is missing the browser tests skip, unless SHOMEI_BROWSER_TESTS=required (as in CI), where they fail.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start(String language, int width, int height) throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && "required".equals(System.getenv("SHOMEI_BROWSER_TESTS"))) {
            throw new IllegalStateException("Browser tests are required but chromium or chromedriver is missing");
        }
        Assumptions.assumeTrue(available, "chromium and chromedriver are not installed");
        Path profile = Files.createTempDirectory("shomei-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language,
                "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "UTC"))
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Brings the element into view, as a user would scroll to it, and clicks it. */
    public static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Submits the main form and waits for the next page: a form's submission does not block the click. */
    public static void submit(WebDriver driver) {
        awaitNextPage(driver, () -> click(driver, driver.findElement(By.cssSelector(
                "main form button[type='submit']:last-of-type, main form [type='submit']"))));
    }

    /** Does what leads to another page, and waits until that page has loaded. */
    public static void awaitNextPage(WebDriver driver, Runnable action) {
        ((JavascriptExecutor) driver).executeScript("window.shomeiPageBefore = true;");
        action.run();
        // Asked while the page changes, the browser may answer with an error instead: ask again.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.shomeiPageBefore === undefined && document.readyState === 'complete';")));
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Runs axe on the current page, prints every finding and fails on a serious or critical one. */
    public static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        violations.forEach(v -> System.out.printf("axe %s [%s] %s: %s (%d nodes)%n", page, v.getImpact(), v.getId(),
                v.getHelp(), v.getNodes().size()));
        assertThat(violations)
                .as("serious or critical accessibility findings on " + page)
                .noneMatch(v -> Set.of("serious", "critical").contains(v.getImpact()));
    }

    /** A label of a Camunda webapp as a browser in that language shows it (ja is Shomei's, en the shipped file). */
    public static String webappLabel(String webapp, String language, String key) throws IOException {
        try (InputStream in = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + webapp + "/locales/"
                + language + ".json").getInputStream()) {
            return new ObjectMapper().readTree(in).path("labels").path(key).asText();
        }
    }
}
