package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A member of staff changes their password from the staff menu: a Japanese phone and an English desktop, the
 * rules shown beside the form, a mistake answered on the form, and the new password in use at once.
 */
@ShomeiTest
class StaffPasswordBrowserTest {

    private static final String PASSWORD = "Right-Password-2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        throttles.deleteAll();
    }

    @Test
    void shouldChangeThePasswordOnAJapanesePhone() throws Exception {
        changePassword("ja", Locale.JAPANESE, 390, 844);
    }

    @Test
    void shouldChangeThePasswordOnAnEnglishDesktop() throws Exception {
        changePassword("en", Locale.ENGLISH, 1280, 800);
    }

    private void changePassword(String language, Locale locale, int width, int height) throws Exception {
        throttles.deleteAll();
        String userId = EngineRest.newUser(identityService, "browser-pw", PASSWORD);
        driver = Browser.start(language, width, height);

        signIn(userId, PASSWORD);
        driver.findElement(By.linkText(text("staffPassword.title", locale))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text("staffPassword.title", locale)));
        assertThat(driver.findElement(By.cssSelector(".note")).getText())
                .contains(text("passwordRules.common", locale));
        Browser.assertAccessible(driver, "staff password (" + language + ")");

        fill(PASSWORD, "Mismatch-Secret-77", "Mismatch-Secret-78");
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains(text("form.errors.title", locale));
        assertThat(driver.getPageSource()).contains(text("password.mismatch", locale));
        Browser.screenshot(driver, "staff-password-error-" + language);

        fill(PASSWORD, "Another-Secret-77", "Another-Secret-77");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text("staffPassword.done", locale)));
        Browser.screenshot(driver, "staff-password-done-" + language);

        driver.manage().deleteAllCookies();
        signIn(userId, "Another-Secret-77");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/staff$"));
    }

    private void signIn(String userId, String password) {
        driver.get("http://localhost:" + port + "/staff/login");
        driver.findElement(By.name("username")).sendKeys(userId);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    private void fill(String current, String next, String confirm) {
        driver.findElement(By.name("currentPassword")).sendKeys(current);
        driver.findElement(By.name("newPassword")).sendKeys(next);
        driver.findElement(By.name("newPasswordConfirm")).sendKeys(confirm);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
