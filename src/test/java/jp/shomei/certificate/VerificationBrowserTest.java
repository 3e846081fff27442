package jp.shomei.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The verification page in headless Chromium: Japanese on a phone, English on a desktop, with axe. */
@ShomeiTest
class VerificationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    UniversityRepository universities;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldVerifyACodeTypedInLowerCaseInJapaneseOnAPhone() throws Exception {
        IssuedCertificate issued = issue(VerificationPageTest.content(CertificateLanguage.JA));
        driver = Browser.start("ja", 390, 844);
        driver.get("http://localhost:" + port + "/verify");
        Browser.assertAccessible(driver, "verify-ja-phone");

        driver.findElement(By.id("code")).sendKeys(issued.verificationCode().toLowerCase(Locale.ROOT).replace("-", " "));
        driver.findElement(By.cssSelector("button[type=submit].button-primary")).click();

        assertThat(driver.findElement(By.id("verification-result")).getText()).contains("この証明書は有効です");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("卒業証明書", "山田 花子", "東都大学");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        Browser.assertAccessible(driver, "verify-result-ja-phone");
        Browser.screenshot(driver, "verify-ja-phone");
    }

    @Test
    void shouldTellAnUnknownCodeInEnglishOnADesktop() throws Exception {
        driver = Browser.start("en", 1280, 900);
        driver.get("http://localhost:" + port + "/verify");

        driver.findElement(By.id("code")).sendKeys("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        driver.findElement(By.cssSelector("button[type=submit].button-primary")).click();

        assertThat(driver.findElement(By.id("verification-result")).getText()).contains("No certificate has this code");
        assertThat(driver.findElement(By.id("code")).getAttribute("value")).isEqualTo("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        Browser.assertAccessible(driver, "verify-unknown-en-desktop");
        Browser.screenshot(driver, "verify-unknown-en-desktop");
    }

    /** Issued by the demo university Toto, whose names the content states. */
    private IssuedCertificate issue(CertificateContent content) {
        return certificates.issue(universities.findByCode("toto").orElseThrow().getId(), content);
    }
}
