package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo staff user, with a Japanese or an English browser, signs in once, finds Tasklist in that language under
 * Shomei's name and without the vendor banner, claims a review, sees the document images and approves.
 */
@ShomeiTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TaskService taskService;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void shouldReviewWithTheImagesAndApproveInTasklist(String language) throws Exception {
        driver = Browser.start(language, 1280, 900);
        throttles.deleteAll();
        String email = "tasklist-" + System.nanoTime() + "@example.jp";
        Registration registration = registrations.importSubmitted(email, Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "遠藤 学", "エンドウ マナブ"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
        driver.findElement(By.name("username")).sendKeys("toto-staff");
        driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
        click(driver.findElement(By.cssSelector("main form button[type='submit']")));

        wait.until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
        wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId(registration));
        String claimLabel = tasklistLabel(language, "CLAIM_TASK");
        WebElement claim = wait.until(d -> d.findElements(
                        By.xpath("//*[normalize-space(text())='" + claimLabel + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
                .as("no vendor banner").noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getText()).contains("Shomei");
        click(claim);

        wait.until(d -> d.findElements(By.cssSelector("img[src*='/staff/registrations/']")).stream()
                .anyMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img))));
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.fjs-container input')).map(i => i.value).join('|');");
        assertThat(shown.toString()).contains("遠藤 学", "エンドウ マナブ", email);
        Browser.screenshot(driver, "tasklist-review-" + language + "-desktop");

        click(wait.until(d -> d.findElement(By.xpath("//label[contains(., '承認 / Approve')]"))));
        click(driver.findElement(By.xpath("//button[normalize-space(.)='" + tasklistLabel(language, "COMPLETE") + "']")));

        String mail = new Mailbox(greenMail).awaitMail(email, 1);
        assertThat(mail).contains("初期パスワード");
    }

    /** A label of Tasklist as a browser in that language shows it (ja is ours, en is the shipped file). */
    private static String tasklistLabel(String language, String key) throws IOException {
        try (InputStream in = new ClassPathResource(
                "META-INF/resources/webjars/camunda/app/tasklist/locales/" + language + ".json").getInputStream()) {
            return new ObjectMapper().readTree(in).path("labels").path(key).asText();
        }
    }

    private String taskId(Registration registration) {
        return taskService.createTaskQuery().processInstanceBusinessKey(registration.getId().toString())
                .singleResult().getId();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
}
