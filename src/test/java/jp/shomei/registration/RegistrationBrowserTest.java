package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestImages;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
        ClockUtil.reset();
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
        Browser.submit(driver);

        String mail = new Mailbox(greenMail).awaitMail(email, 1);
        String url = Mailbox.find(mail, "http://\\S+(/register/[A-Za-z0-9_-]{43})");
        driver.get(base + url);
        Browser.screenshot(driver, "registration-ja-phone-2-terms");
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='agree']")));
        Browser.submit(driver);

        fillApplication(email, false);
        Browser.assertAccessible(driver, "application form");
        Browser.screenshot(driver, "registration-ja-phone-3-form");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/confirm"));
        assertThat(driver.getPageSource()).contains("鈴木 一郎", "スズキ イチロウ", "情報工学科");
        Browser.screenshot(driver, "registration-ja-phone-4-confirm");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/register/received"));
        Browser.screenshot(driver, "registration-ja-phone-5-received");
        assertThat(registrations.findAll()).anyMatch(r -> r.getEmail().equals(email)
                && r.getStatus() == RegistrationStatus.UNDER_REVIEW && "スズキ イチロウ".equals(r.getNameKana()));
    }

    /**
     * An English applicant asks for the URL on a desktop, opens the mail's link in another browser, a Japanese one
     * with no choice made, and stays in English; the URL expires while the form is open, and the new URL sent to the
     * same address opens the form with everything entered and the image.
     */
    @Test
    void shouldKeepTheMailsLanguageInAnotherBrowserAndTheDraftBeyondTheUrl() throws Exception {
        String email = "desktop-" + System.nanoTime() + "@example.jp";
        String base = "http://localhost:" + port;
        WebDriver asking = Browser.start("en", 1280, 800);
        try {
            asking.get(base + "/register");
            asking.findElement(By.name("email")).sendKeys(email);
            asking.findElement(By.name("emailConfirm")).sendKeys(email);
            asking.findElement(By.cssSelector("main form [type='submit']")).click();
            new WebDriverWait(asking, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/register/sent"));
        } finally {
            asking.quit();
        }
        Mailbox mailbox = new Mailbox(greenMail);
        String url = Mailbox.find(mailbox.awaitMail(email, 1), "(http://\\S+/register/[A-Za-z0-9_-]{43}\\?lang=en)\\s");

        driver = Browser.start("ja", 1280, 800);
        driver.get(url);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Permission for use");
        assertThat(new Select(driver.findElement(By.id("lang"))).getFirstSelectedOption().getText()).isEqualTo("English");
        Browser.assertAccessible(driver, "terms in English");
        Browser.screenshot(driver, "registration-en-desktop-1-terms-from-mail");
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='agree']")));
        Browser.submit(driver);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Applicant information");
        assertThat(driver.findElement(By.cssSelector("main .deadline")).getText()).matches("Valid until \\d{2}:\\d{2} \\(Japan time\\)");
        assertThat(driver.findElements(By.id("lang"))).hasSize(1);
        fillApplication(email, true);
        Browser.assertAccessible(driver, "application form in English");
        Browser.screenshot(driver, "registration-en-desktop-2-form");

        ClockUtil.offset(31 * 60 * 1000L);
        Browser.submit(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The time limit of this URL has passed");
        Browser.screenshot(driver, "registration-en-desktop-3-expired");
        Browser.submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/register/sent"));

        driver.get(Mailbox.find(mailbox.awaitMail(email, 2), "(http://\\S+/register/[A-Za-z0-9_-]{43}\\?lang=en)\\s"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='agree']")));
        Browser.submit(driver);
        assertThat(driver.findElement(By.name("nameKanji")).getAttribute("value")).isEqualTo("鈴木 一郎");
        assertThat(driver.findElement(By.name("studentNumber")).getAttribute("value")).isEqualTo("T13A7777");
        assertThat(new Select(driver.findElement(By.name("subjectId"))).getFirstSelectedOption().getText())
                .isEqualTo("Computer Science");
        WebElement preview = driver.findElement(By.cssSelector("#frontPreview img"));
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", preview))
                .as("the image attached with the expired URL").isPositive();
        Browser.screenshot(driver, "registration-en-desktop-4-form-restored");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/confirm"));
        assertThat(driver.getPageSource()).contains("鈴木 一郎", "Computer Science");
        assertThat(driver.findElement(By.cssSelector("main .deadline")).getText()).startsWith("Valid until ");
        assertThat(driver.findElements(By.id("lang"))).hasSize(1);
        Browser.screenshot(driver, "registration-en-desktop-5-confirm");
        Browser.submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/register/received"));
        assertThat(registrations.findAll()).anyMatch(r -> r.getEmail().equals(email)
                && r.getStatus() == RegistrationStatus.UNDER_REVIEW && "T13A7777".equals(r.getStudentNumber()));
    }

    private void fillApplication(String email, boolean english) throws IOException {
        driver.findElement(By.cssSelector("input[name='applicationType'][value='NEW']"));
        driver.findElement(By.name("nameKanji")).sendKeys("鈴木 一郎");
        driver.findElement(By.name("nameKana")).sendKeys("スズキ イチロウ");
        setValue("birthDate", "1994-07-07");
        driver.findElement(By.name("schoolNameKanji")).sendKeys("鈴木 一郎");
        select("universityId", english ? "Toto University" : "東都大学");
        select("departmentId", english ? "Faculty of Engineering" : "工学部");
        select("subjectId", english ? "Computer Science" : "情報工学科");
        select("degreeProgramId", english ? "Bachelor's program" : "学士課程");
        driver.findElement(By.name("studentNumber")).sendKeys("T13A7777");
        setValue("matriculation", "2013-04");
        setValue("graduation", "2017-03");
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='leavingType'][value='GRADUATED']")));
        driver.findElement(By.name("postalCode")).sendKeys("530-0001");
        select("prefecture", english ? "Osaka" : "大阪府");
        driver.findElement(By.name("city")).sendKeys("大阪市北区");
        driver.findElement(By.name("street")).sendKeys("梅田1-1-1");
        driver.findElement(By.name("phone")).sendKeys("06-1111-2222");
        driver.findElement(By.name("mobile")).sendKeys("080-3333-4444");
        driver.findElement(By.name("contactEmail")).sendKeys(email);
        driver.findElement(By.name("intendedUse")).sendKeys("就職活動");
        driver.findElement(By.name("submissionPlace")).sendKeys("株式会社サンプル");
        Browser.click(driver, driver.findElements(By.cssSelector("input[name='documentTypeId']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        Path image = Files.createTempFile("license", ".png");
        Files.write(image, TestImages.png());
        driver.findElement(By.name("frontImage")).sendKeys(image.toString());
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
