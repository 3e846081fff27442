package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The applicant's part of registration in headless Chromium, in Japanese, on a phone-sized window. */
@ShomeiTest
class RegistrationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

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
    void shouldCompleteTheApplicationInJapaneseOnAPhone() throws Exception {
        driver = Browser.start("ja", 390, 844);
        String email = "phone-" + System.nanoTime() + "@example.jp";
        String base = "http://localhost:" + port;

        driver.get(base + "/");
        Browser.screenshot(driver, "registration-ja-phone-1-login");
        driver.findElement(By.cssSelector("a[href='/register']")).click();
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("emailConfirm")).sendKeys(email);
        Browser.assertAccessible(driver, "mail address");
        submit();

        String mail = new Mailbox(greenMail).awaitMail(email, 1);
        String url = Mailbox.find(mail, "http://\\S+(/register/[A-Za-z0-9_-]{43})");
        driver.get(base + url);
        Browser.screenshot(driver, "registration-ja-phone-2-terms");
        click(driver.findElement(By.cssSelector("input[name='agree']")));
        submit();

        driver.findElement(By.cssSelector("input[name='applicationType'][value='NEW']"));
        driver.findElement(By.name("nameKanji")).sendKeys("鈴木 一郎");
        driver.findElement(By.name("nameKana")).sendKeys("スズキ イチロウ");
        setValue("birthDate", "1994-07-07");
        driver.findElement(By.name("schoolNameKanji")).sendKeys("鈴木 一郎");
        select("universityId", "東都大学");
        select("departmentId", "工学部");
        select("subjectId", "情報工学科");
        select("degreeProgramId", "学士課程");
        driver.findElement(By.name("studentNumber")).sendKeys("T13A7777");
        setValue("matriculation", "2013-04");
        setValue("graduation", "2017-03");
        click(driver.findElement(By.cssSelector("input[name='leavingType'][value='GRADUATED']")));
        driver.findElement(By.name("postalCode")).sendKeys("530-0001");
        select("prefecture", "大阪府");
        driver.findElement(By.name("city")).sendKeys("大阪市北区");
        driver.findElement(By.name("street")).sendKeys("梅田1-1-1");
        driver.findElement(By.name("phone")).sendKeys("06-1111-2222");
        driver.findElement(By.name("mobile")).sendKeys("080-3333-4444");
        driver.findElement(By.name("contactEmail")).sendKeys(email);
        driver.findElement(By.name("intendedUse")).sendKeys("就職活動");
        driver.findElement(By.name("submissionPlace")).sendKeys("株式会社サンプル");
        click(driver.findElements(By.cssSelector("input[name='documentTypeId']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        Path image = Files.createTempFile("license", ".png");
        Files.write(image, TestImages.png());
        driver.findElement(By.name("frontImage")).sendKeys(image.toString());
        Browser.assertAccessible(driver, "application form");
        Browser.screenshot(driver, "registration-ja-phone-3-form");
        submit();

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/confirm"));
        assertThat(driver.getPageSource()).contains("鈴木 一郎", "スズキ イチロウ", "情報工学科");
        Browser.screenshot(driver, "registration-ja-phone-4-confirm");
        submit();

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/register/received"));
        Browser.screenshot(driver, "registration-ja-phone-5-received");
        assertThat(registrations.findAll()).anyMatch(r -> r.getEmail().equals(email)
                && r.getStatus() == RegistrationStatus.UNDER_REVIEW && "スズキ イチロウ".equals(r.getNameKana()));
    }

    private void submit() {
        click(driver.findElement(By.cssSelector("main form button[type='submit']:last-of-type, main form [type='submit']")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void select(String name, String visibleText) {
        new Select(driver.findElement(By.name(name))).selectByVisibleText(visibleText);
    }

    /** Date and month inputs take their value the way a date picker would set it. */
    private void setValue(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, value);
    }
}
