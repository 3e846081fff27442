package jp.shomei.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A current student's first sign-in in Japanese on a phone, in headless Chromium: ECS-ID and password, the mail
 * address registration, the URL from the mail, "Mail address set", the login again, "Select printing destination"
 * with the student number, English chosen there, and "Change mail address" from the menu; each page scanned by axe.
 */
@ShomeiTest
class StudentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

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
    void shouldSignInForTheFirstTimeOnAPhoneInJapanese() throws Exception {
        throttles.deleteAll();
        String ecsId = TestDirectory.totoStudent("中村 翔", "ナカムラ ショウ", "202703", "在学");
        String email = ecsId + "@example.jp";
        driver = Browser.start("ja", 390, 844);

        driver.get(base() + "/students/toto/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("東都大学");
        Browser.assertAccessible(driver, "students' login");
        Browser.screenshot(driver, "student-1-login-ja-phone");
        driver.findElement(By.id("ecsId")).sendKeys(ecsId);
        driver.findElement(By.id("password")).sendKeys(TestDirectory.PASSWORD);
        Browser.submit(driver);

        awaitPath("/students/mail-address");
        Browser.assertAccessible(driver, "mail address registration");
        Browser.screenshot(driver, "student-2-mail-ja-phone");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("emailConfirm")).sendKeys(email);
        Browser.submit(driver);

        awaitPath("/students/mail-address/sent");
        Browser.assertAccessible(driver, "mail sent");
        String url = Mailbox.find(new Mailbox(greenMail).awaitMail(email, 1),
                "(http://\\S+/students/mail-address/confirm/\\S+)");
        driver.get(url);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("メールアドレス設定完了");
        Browser.assertAccessible(driver, "mail address set");
        Browser.screenshot(driver, "student-3-set-ja-phone");
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.linkText("ログインページへ移動"))));

        awaitPath("/students/toto/login");
        driver.findElement(By.id("ecsId")).sendKeys(ecsId);
        driver.findElement(By.id("password")).sendKeys(TestDirectory.PASSWORD);
        Browser.submit(driver);
        awaitPath("/home");
        assertThat(driver.getPageSource()).contains(ecsId.toUpperCase(), "工学部");
        Browser.assertAccessible(driver, "select printing destination");
        Browser.screenshot(driver, "student-4-home-ja-phone");

        Browser.awaitNextPage(driver, () -> new Select(driver.findElement(By.id("lang"))).selectByValue("en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Select printing destination");
        Browser.screenshot(driver, "student-5-home-en-phone");

        Browser.click(driver, driver.findElement(By.cssSelector("summary.menu-button")));
        assertThat(driver.findElement(By.cssSelector(".menu-panel")).getText()).contains("Change mail address")
                .doesNotContain("Change password", "Personal setting");
        Browser.awaitNextPage(driver, () -> Browser.click(driver, driver.findElement(By.linkText("Change mail address"))));
        awaitPath("/students/mail-address");
        assertThat(driver.getPageSource()).contains(email);
        Browser.assertAccessible(driver, "change mail address");
        Browser.screenshot(driver, "student-6-change-en-phone");
    }

    private void awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().replaceAll("\\?.*", "")
                .endsWith(path));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
