package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application form's error summary on a phone: each error a link to its field, image errors that step aside. */
@ShomeiTest
class FormErrorsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,390,844", "en,390,844", "ja,1280,800", "en,1280,800"})
    void shouldLinkEachErrorToItsFieldAndPutAnImageErrorAsideForAValidFile(String language, int width, int height)
            throws Exception {
        driver = Browser.start(language, width, height);
        String email = "errors-" + language + "-" + System.nanoTime() + "@example.jp";
        String base = "http://localhost:" + port;
        driver.get(base + "/register?lang=" + language);
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("emailConfirm")).sendKeys(email);
        Browser.submit(driver);
        String url = Mailbox.find(new Mailbox(greenMail).awaitMail(email, 1), "http://\\S+(/register/[A-Za-z0-9_-]{43})");
        driver.get(base + url);
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='agree']")));
        Browser.submit(driver);

        driver.findElement(By.name("nameKanji")).sendKeys("鈴木 一郎");
        driver.findElement(By.name("nameKana")).sendKeys("すずき いちろう");
        WebElement chooseUniversity = driver.findElement(By.id("documentTypeId-chooseUniversity"));
        assertThat(chooseUniversity.isDisplayed()).as("hint while no university is chosen").isTrue();
        assertThat(driver.findElements(By.name("documentTypeId")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        select("universityId", 1);
        assertThat(chooseUniversity.isDisplayed()).isFalse();
        driver.findElement(By.name("postalCode")).sendKeys("12-34");
        Path notAnImage = Files.createTempFile("license", ".png");
        Files.writeString(notAnImage, "not an image at all");
        driver.findElement(By.name("frontImage")).sendKeys(notAnImage.toString());
        // The browser's own checks would stop at the first empty field; the server's summary is what is tested.
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main form').noValidate = true;");
        Browser.submit(driver);

        WebElement summary = driver.findElement(By.id("error-summary"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        List<String> targets = summary.findElements(By.cssSelector("a[href^='#']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        assertThat(targets).contains("nameKana", "postalCode", "birthDate", "documentTypeId-group", "leavingType1",
                "frontImage");
        assertThat(targets).as("in the order of the page")
                .containsSubsequence("nameKana", "birthDate", "leavingType1", "postalCode", "documentTypeId-group", "frontImage");
        targets.forEach(id -> assertThat(driver.findElements(By.id(id))).as("link target " + id).hasSize(1));
        WebElement postalLink = summary.findElement(By.cssSelector("a[href='#postalCode']"));
        assertThat(postalLink.getText()).startsWith(driver.findElement(By.cssSelector("label[for='postalCode'] span")).getText());
        Browser.assertAccessible(driver, "application form with errors");
        Browser.screenshot(driver, "form-errors-" + language + "-" + width + "-summary");

        Browser.click(driver, postalLink);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("postalCode");
        Browser.click(driver, summary.findElement(By.cssSelector("a[href='#documentTypeId-group']")));
        WebElement documentType = driver.switchTo().activeElement();
        assertThat(documentType.getAttribute("name")).isEqualTo("documentTypeId");
        assertThat(documentType.isDisplayed()).isTrue();

        WebElement frontError = driver.findElement(By.id("frontImage-error"));
        assertThat(frontError.isDisplayed()).isTrue();
        Path image = Files.createTempFile("license", ".png");
        Files.write(image, TestImages.png());
        driver.findElement(By.name("frontImage")).sendKeys(image.toString());
        assertThat(driver.findElement(By.cssSelector("#frontPreview img")).isDisplayed()).isTrue();
        assertThat(frontError.isDisplayed()).isFalse();
        assertThat(summary.findElement(By.cssSelector("[data-error-for='frontImage']")).isDisplayed()).isFalse();
        WebElement front = driver.findElement(By.id("frontImage"));
        assertThat(front.getAttribute("aria-invalid")).isNull();
        assertThat(front.getAttribute("aria-describedby")).doesNotContain("frontImage-error");
        Browser.screenshot(driver, "form-errors-" + language + "-" + width + "-valid-image");
    }

    @Test
    void shouldKeepWhatWasTypedButNotSentWhenTheLanguageChanges() throws Exception {
        driver = Browser.start("ja", 390, 844);
        String email = "switch-" + System.nanoTime() + "@example.jp";
        String base = "http://localhost:" + port;
        driver.get(base + "/register?lang=ja");
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("emailConfirm")).sendKeys(email);
        Browser.submit(driver);
        String url = Mailbox.find(new Mailbox(greenMail).awaitMail(email, 1), "http://\\S+(/register/[A-Za-z0-9_-]{43})");
        driver.get(base + url);
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='agree']")));
        Browser.submit(driver);
        driver.findElement(By.name("nameKanji")).sendKeys("鈴木 一郎");
        select("universityId", 1);
        String university = new Select(driver.findElement(By.name("universityId"))).getFirstSelectedOption()
                .getAttribute("value");
        select("departmentId", 1);
        String department = new Select(driver.findElement(By.name("departmentId"))).getFirstSelectedOption()
                .getAttribute("value");

        Browser.awaitNextPage(driver, () -> new Select(driver.findElement(By.id("lang"))).selectByValue("en"));

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.name("nameKanji")).getAttribute("value")).isEqualTo("鈴木 一郎");
        assertThat(new Select(driver.findElement(By.name("universityId"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(university);
        assertThat(new Select(driver.findElement(By.name("departmentId"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(department);

        driver.navigate().refresh();
        assertThat(driver.findElement(By.name("nameKanji")).getAttribute("value"))
                .as("kept for the language's reload only").isEmpty();
    }

    private void select(String name, int index) {
        new Select(driver.findElement(By.name(name))).selectByIndex(index);
    }
}
