package jp.shomei.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import jp.shomei.account.AccountService;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "If you have forgotten your password" in headless Chromium: Japanese on a phone, English on a desktop. */
@ShomeiTest
class PasswordResetBrowserTest {

    private static final String NEW_PASSWORD = "Hakone-Onsen-2040";
    private static final String NEW_SECOND = "Nikko-Toshogu-2041";

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Autowired
    AccountService accountService;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldResetThePasswordsInJapaneseOnAPhone() throws Exception {
        driver = Browser.start("ja", 390, 844);
        resetAndLogIn("ja-phone", "/", "T10A4040");
    }

    @Test
    void shouldResetThePasswordsInEnglishOnADesktop() throws Exception {
        driver = Browser.start("en", 1280, 800);
        String url = resetAndLogIn("en-desktop", "/?lang=en", "T10A5050");

        driver.get(url);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This URL has already been used");
        Browser.assertAccessible(driver, "used URL");
        Browser.screenshot(driver, "password-reset-en-desktop-6-used-url");
    }

    /** From the login page (with the language chosen there) to the service, with new passwords. */
    private String resetAndLogIn(String name, String loginPage, String studentNumber) throws Exception {
        String email = "reset-" + name + "-" + System.nanoTime() + "@example.jp";
        Long accountId = TestApplications.totoGraduate(accountService, universities, catalog, email, "林 健",
                "ハヤシ ケン", studentNumber).getId();
        accountService.setPasswords(accountId, "Old-Password-2030", "Old-Second-2030");
        String base = "http://localhost:" + port;

        driver.get(base + loginPage);
        Browser.click(driver, driver.findElement(By.cssSelector("a[href='/password/forgotten']")));
        driver.findElement(By.name("email")).sendKeys(email);
        Browser.assertAccessible(driver, "forgotten password");
        Browser.screenshot(driver, "password-reset-" + name + "-1-address");
        Browser.submit(driver);

        waitFor("/password/forgotten/sent");
        Browser.assertAccessible(driver, "notification sent");
        Browser.screenshot(driver, "password-reset-" + name + "-2-sent");

        String url = base + Mailbox.find(new Mailbox(greenMail).awaitMail(email, 1),
                "http://\\S+(/password/reset/[A-Za-z0-9_-]{43})");
        driver.get(url);
        driver.findElement(By.name("password")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("passwordConfirm")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("secondPassword")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("secondPasswordConfirm")).sendKeys(NEW_PASSWORD);
        Browser.submit(driver);
        assertThat(driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
        Browser.assertAccessible(driver, "reset form with errors");
        Browser.screenshot(driver, "password-reset-" + name + "-3-errors");

        driver.findElement(By.name("password")).clear();
        driver.findElement(By.name("password")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("passwordConfirm")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("secondPassword")).clear();
        driver.findElement(By.name("secondPassword")).sendKeys(NEW_SECOND);
        driver.findElement(By.name("secondPasswordConfirm")).sendKeys(NEW_SECOND);
        Browser.submit(driver);

        waitFor("/password/reset/done");
        Browser.assertAccessible(driver, "reset done");
        Browser.screenshot(driver, "password-reset-" + name + "-4-done");
        Browser.click(driver, driver.findElement(By.cssSelector("main a.button-primary")));

        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.name("secondPassword")).sendKeys(NEW_SECOND);
        Browser.click(driver, driver.findElement(By.cssSelector("main form button[type='submit']")));
        waitFor("/home");
        Browser.screenshot(driver, "password-reset-" + name + "-5-home");
        assertThat(driver.getPageSource()).contains(studentNumber);
        return url;
    }

    private void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(path));
    }
}
