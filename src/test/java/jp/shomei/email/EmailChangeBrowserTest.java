package jp.shomei.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
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

/** Change mail address in headless Chromium: Japanese on a phone, English on a desktop, each page scanned by axe. */
@ShomeiTest
class EmailChangeBrowserTest {

    private static final String PASSWORD = "Cedar-Morning-2033";
    private static final String SECOND_PASSWORD = "Maple-Evening-2034";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldChangeTheMailAddressInJapaneseOnAPhone() throws Exception {
        changeMailAddress("ja", 390, 844, "メールアドレス変更完了");
    }

    @Test
    void shouldChangeTheMailAddressInEnglishOnADesktop() throws Exception {
        changeMailAddress("en", 1280, 800, "Changing mail address complete");
    }

    private void changeMailAddress(String language, int width, int height, String doneTitle) throws Exception {
        driver = Browser.start(language, width, height);
        throttles.deleteAll();
        String name = "email-change-" + language + "-" + width;
        String email = name + "-" + System.nanoTime() + "@example.jp";
        String newEmail = "new-" + email;
        Long account = TestApplications.totoGraduate(accounts, universities, catalog, email, "森 健一", "モリ ケンイチ",
                "T08A3131").getId();
        accounts.setPasswords(account, PASSWORD, SECOND_PASSWORD);

        driver.get(base() + "/?lang=" + language);
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.name("secondPassword")).sendKeys(SECOND_PASSWORD);
        Browser.submit(driver);
        await("/home");

        driver.get(base() + "/account/email");
        assertThat(driver.getPageSource()).contains(email);
        driver.findElement(By.name("email")).sendKeys(newEmail);
        driver.findElement(By.name("emailConfirm")).sendKeys("other-" + newEmail);
        driver.findElement(By.name("currentPassword")).sendKeys(PASSWORD);
        Browser.submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.id("confirmed-error")).isEmpty());
        Browser.assertAccessible(driver, "mail address setting with errors");
        Browser.screenshot(driver, name + "-1-errors");

        driver.findElement(By.name("emailConfirm")).clear();
        driver.findElement(By.name("emailConfirm")).sendKeys(newEmail);
        driver.findElement(By.name("currentPassword")).sendKeys(PASSWORD);
        Browser.assertAccessible(driver, "mail address setting");
        Browser.screenshot(driver, name + "-2-setting");
        Browser.submit(driver);

        await("/account/email/sent");
        assertThat(driver.getPageSource()).contains(newEmail);
        Browser.assertAccessible(driver, "confirmation mail sent");
        Browser.screenshot(driver, name + "-3-sent");

        String url = Mailbox.find(new Mailbox(greenMail).awaitMail(newEmail, 1),
                "(http://\\S+/account/email/confirm/[A-Za-z0-9_-]{43})");
        driver.get(url);
        await("/account/email/done");
        assertThat(driver.getPageSource()).contains(doneTitle, newEmail);
        Browser.assertAccessible(driver, "change complete");
        Browser.screenshot(driver, name + "-4-done");

        driver.get(url);
        Browser.assertAccessible(driver, "used URL");
        Browser.screenshot(driver, name + "-5-used");

        driver.get(base() + "/account/applications");
        Browser.assertAccessible(driver, "application list");
        Browser.screenshot(driver, name + "-6-applications");
    }

    private void await(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(path));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
