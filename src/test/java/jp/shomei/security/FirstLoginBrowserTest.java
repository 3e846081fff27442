package jp.shomei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.shomei.account.AccountService;
import jp.shomei.support.Browser;
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

/** First login → Password Setting → the service's home, in English on a desktop-sized window. */
@ShomeiTest
class FirstLoginBrowserTest {

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

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldSetBothPasswordsAtTheFirstLoginAndOpenTheService() throws Exception {
        driver = Browser.start("en", 1280, 900);
        throttles.deleteAll();
        String email = "desktop-" + System.nanoTime() + "@example.jp";
        Long account = TestApplications.totoGraduate(accounts, universities, catalog, email, "森 健一", "モリ ケンイチ",
                "T08A3131").getId();
        String initialPassword = accounts.issueInitialPassword(account);

        driver.get("http://localhost:" + port + "/?lang=en");
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(initialPassword);
        Browser.screenshot(driver, "first-login-en-desktop-1-login");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/password/setup"));
        driver.findElement(By.name("password")).sendKeys("Cedar-Morning-2033");
        driver.findElement(By.name("passwordConfirm")).sendKeys("Cedar-Morning-2033");
        driver.findElement(By.name("secondPassword")).sendKeys("Maple-Evening-2034");
        driver.findElement(By.name("secondPasswordConfirm")).sendKeys("Maple-Evening-2034");
        Browser.assertAccessible(driver, "password setting");
        Browser.screenshot(driver, "first-login-en-desktop-2-setting");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/password/setup/done"));
        Browser.screenshot(driver, "first-login-en-desktop-3-done");
        Browser.click(driver, driver.findElement(By.cssSelector("main a[href='/home']")));

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/home"));
        assertThat(driver.getPageSource()).contains("T08A3131", "Select printing destination");
        Browser.assertAccessible(driver, "home");
        Browser.screenshot(driver, "first-login-en-desktop-4-home");
    }
}
