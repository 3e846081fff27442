package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process figures in headless Chromium: an analyst on a phone in Japanese chooses months and a university; a
 * university's manager on a desktop in English sees their university's charts. No sideways scrolling, and axe
 * finds nothing.
 */
@ShomeiTest
class AnalyticsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldShowTheFiguresAsChartsOnAPhoneAndADesktop() throws Exception {
        YearMonth now = YearMonth.now(clock);
        driver = Browser.start("ja", 390, 844);
        open("analyst", "Analyst-Demo-2026");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("プロセスの集計");
        assertThat(driver.findElement(By.cssSelector("#funnel ~ .charts figcaption")).getText())
                .startsWith("利用申請：");
        assertPage("analytics-ja-phone");

        month("from", now.minusMonths(2));
        month("to", now);
        new Select(driver.findElement(By.id("university"))).selectByValue("toto");
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("form.range-form button[type=submit]"))));
        assertThat(driver.getCurrentUrl()).contains("from=" + now.minusMonths(2), "university=toto");
        assertThat(driver.findElement(By.cssSelector("main > p")).getText()).contains(now.minusMonths(2).toString());
        assertThat(new Select(driver.findElement(By.id("university"))).getFirstSelectedOption().getText())
                .isEqualTo("東都大学");
        assertThat(driver.findElement(By.cssSelector("a[href^='/analytics/funnel.csv']")).getAttribute("href"))
                .endsWith("university=toto");
        assertPage("analytics-ja-phone-toto");
        driver.quit();

        driver = Browser.start("en", 1280, 800);
        open("toto-manager", "Manager-Demo-2026");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Process figures");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("University: Toto University", "Registration: how many reached each step")
                .doesNotContain("Saikyo");
        assertThat(driver.findElements(By.id("university"))).isEmpty();
        assertPage("analytics-en-desktop-manager");
    }

    private void open(String user, String password) {
        driver.get(base() + "/staff/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/staff$"));
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("a[href='/analytics']"))));
    }

    /** Chromium's month picker takes no typed ISO month, so the value is set as the picker would. */
    private void month(String id, YearMonth month) {
        WebElement input = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, month.toString());
    }

    private void assertPage(String name) throws Exception {
        assertThat(new AxeBuilder().analyze(driver).getViolations()).as("axe on " + name)
                .extracting(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp()).isEmpty();
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on " + name)
                .isTrue();
        Browser.screenshot(driver, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
