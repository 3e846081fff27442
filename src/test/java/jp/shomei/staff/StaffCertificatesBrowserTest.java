package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.Locale;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificate;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The staff page of issued certificates in headless Chromium: a university's staff finding and revoking one in
 * Japanese on a phone, an administrator finding one by number in English on a desktop; axe finds nothing.
 */
@ShomeiTest
class StaffCertificatesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    UniversityRepository universities;

    @Autowired
    MessageSource messages;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldFindAndRevokeACertificateInJapaneseOnAPhone() throws Exception {
        IssuedCertificate issued = certificates.issue(universities.findByCode("toto").orElseThrow().getId(),
                StaffCertificatesTest.toto());
        driver = Browser.start("ja", 390, 844);
        signIn("toto-staff", "Staff-Demo-2026");
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("a[href='/staff/certificates']"))));
        assertPage("staff-certificates-find-ja-phone");

        driver.findElement(By.id("code")).sendKeys(issued.verificationCode().replace("-", " ").toLowerCase(Locale.ROOT));
        Browser.submit(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/staff/certificates/" + issued.id());
        assertThat(driver.findElement(By.id("certificate-status")).getText()).contains(text("staffCertificates.status.VALID"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("佐々木 美咲", "東都大学", "卒業証明書");
        assertPage("staff-certificate-ja-phone");

        Browser.submit(driver);
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains(text("staffCertificates.reason"));
        assertPage("staff-certificate-no-reason-ja-phone");

        driver.findElement(By.id("reason")).sendKeys("卒業年月の誤りにより再発行のため");
        Browser.submit(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text("staffCertificates.confirm.title"));
        assertPage("staff-certificate-confirm-ja-phone");

        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("main form button.button-primary"))));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(text("staffCertificates.revoked"),
                text("staffCertificates.status.REVOKED"), "toto-staff", "卒業年月の誤りにより再発行のため");
        assertThat(driver.findElements(By.id("reason"))).isEmpty();
        assertPage("staff-certificate-revoked-ja-phone");
        assertThat(certificates.find(issued.id()).orElseThrow().revoked()).isTrue();
    }

    @Test
    void shouldFindACertificateByItsNumberInEnglishOnADesktop() throws Exception {
        IssuedCertificate issued = certificates.issue(universities.findByCode("toto").orElseThrow().getId(),
                StaffCertificatesTest.toto());
        driver = Browser.start("en", 1280, 800);
        signIn("admin", "Admin-Demo-2026");
        driver.get("http://localhost:" + port + "/staff/certificates");

        driver.findElement(By.id("code")).sendKeys("0000-0000-0000-0000");
        Browser.submit(driver);
        assertThat(driver.findElement(By.id("certificate-not-found")).getText())
                .contains("No certificate that you may see has this code or number");
        assertPage("staff-certificates-not-found-en-desktop");

        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(String.valueOf(issued.id()));
        Browser.submit(driver);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("This certificate is valid",
                "Certificate of Graduation", "Toto University", "佐々木 美咲");
        assertPage("staff-certificate-en-desktop");

        driver.findElement(By.id("reason")).sendKeys("Issued with the wrong date of graduation");
        Browser.submit(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Revoke this certificate?");
        assertPage("staff-certificate-confirm-en-desktop");
    }

    private void signIn(String user, String password) {
        driver.get("http://localhost:" + port + "/staff/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/staff$"));
    }

    /** No axe finding at all, no sideways scrolling, and screenshots of the top and the end to look at. */
    private void assertPage(String name) throws Exception {
        assertThat(new AxeBuilder().analyze(driver).getViolations()).as("axe on " + name)
                .extracting(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp()).isEmpty();
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on " + name)
                .isTrue();
        Browser.screenshot(driver, name);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight);");
        Browser.screenshot(driver, name + "-end");
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.JAPANESE);
    }
}
