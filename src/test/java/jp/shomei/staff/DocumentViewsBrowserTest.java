package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit of image views in headless Chromium: an administrator reaches it from the staff menu on a phone in
 * Japanese and on a desktop in English; no sideways scrolling, and axe finds nothing.
 */
@ShomeiTest
class DocumentViewsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationRepository registrations;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldShowTheAuditOnAPhoneAndADesktop() throws Exception {
        Registration demo = registrations.findAll().stream()
                .filter(r -> "sato.hanako@example.jp".equals(r.getEmail())).findFirst().orElseThrow();
        WebClient toto = new WebClient(base());
        toto.signInAsStaff("toto-staff", "Staff-Demo-2026");
        toto.get("/staff/registrations/" + demo.getId() + "/documents/front");

        driver = Browser.start("ja", 390, 844);
        open();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("本人確認書類の画像の閲覧記録");
        assertThat(driver.findElement(By.cssSelector("main table tbody")).getText())
                .contains("toto-staff", "利用申請 R-" + demo.getId(), "表面");
        assertPage("document-views-ja-phone");
        driver.quit();

        driver = Browser.start("en", 1280, 800);
        open();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Views of identity-document images");
        assertThat(driver.findElement(By.cssSelector("main p")).getText())
                .contains("an applicant's identity-document image", "(the latest 200)");
        assertPage("document-views-en-desktop");
    }

    private void open() {
        driver.get(base() + "/staff/login");
        driver.findElement(By.name("username")).sendKeys("admin");
        driver.findElement(By.name("password")).sendKeys("Admin-Demo-2026");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/staff$"));
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("a[href='/staff/document-views']"))));
    }

    private void assertPage(String name) throws Exception {
        assertThat(new AxeBuilder().analyze(driver).getViolations()).as("axe on " + name)
                .extracting(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp()).isEmpty();
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on " + name)
                .isTrue();
        Browser.screenshot(driver, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
