package jp.shomei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The graduates' pages on a phone (390×844) and a desktop (1280×800) in both languages: the way to a new
 * registration in sight on the login page, the step indicator on one row, the footer at the bottom of short pages,
 * the signed-in header on one row. Screenshots land in target/screenshots for a look by eye.
 */
@ShomeiTest
class LayoutBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,390,844", "en,390,844", "ja,1280,800", "en,1280,800"})
    void shouldKeepThePagesInShape(String language, int width, int height) throws Exception {
        driver = Browser.start(language, width, height);
        String base = "http://localhost:" + port;
        String name = language + "-" + width;
        driver.get(base + "/?lang=" + language);
        int viewport = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).intValue();

        Browser.screenshot(driver, "layout-" + name + "-login");
        WebElement newRegistration = driver.findElement(By.cssSelector("main a[href='/register']"));
        assertThat(newRegistration.getRect().getY() + newRegistration.getRect().getHeight())
                .as("New registration within the first screen").isLessThanOrEqualTo(viewport);

        driver.get(base + "/register");
        Browser.screenshot(driver, "layout-" + name + "-mail-address");
        List<WebElement> steps = driver.findElements(By.cssSelector(".steps li"));
        assertThat(steps.stream().map(step -> step.getRect().getY()).distinct()).as("steps on one row").hasSize(1);
        for (WebElement step : driver.findElements(By.cssSelector(".steps .step-name"))) {
            // On a phone a name that wrapped would break inside a word; wider, names may take two lines.
            if (step.isDisplayed() && width < 640) {
                assertThat(step.getRect().getHeight()).as("step name on one line: " + step.getText())
                        .isLessThan((int) (2 * lineHeight(step)));
            }
        }
        assertFooterAtTheBottom(viewport);

        driver.get(base + "/register/received");
        Browser.screenshot(driver, "layout-" + name + "-reception");

        driver.get(base + "/?lang=" + language);
        driver.findElement(By.id("username")).sendKeys("yamada.taro@example.jp");
        driver.findElement(By.id("password")).sendKeys("Graduate-Demo-2026");
        driver.findElement(By.id("secondPassword")).sendKeys("Second-Demo-2026");
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        driver.findElement(By.cssSelector(".menu-button"));
        Browser.screenshot(driver, "layout-" + name + "-home");
        if (width >= 1280) {
            WebElement siteName = driver.findElement(By.cssSelector(".site-name"));
            WebElement menu = driver.findElement(By.cssSelector(".menu-button"));
            assertThat(Math.abs(siteName.getRect().getY() + siteName.getRect().getHeight() / 2
                    - menu.getRect().getY() - menu.getRect().getHeight() / 2))
                    .as("the header on one row").isLessThan(8);
        }
        List<WebElement> records = driver.findElements(By.name("studentRecordId"));
        assertThat(records).hasSizeGreaterThanOrEqualTo(2);
        String second = records.get(1).getAttribute("id");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", records.get(1));
        records.get(1).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id(second)).isSelected();
        });
        driver.findElement(By.cssSelector(".menu-button")).click();
        Browser.screenshot(driver, "layout-" + name + "-menu");
        List<String> menu = driver.findElements(By.cssSelector(".menu-list a")).stream()
                .map(a -> a.getAttribute("href").replaceAll("^https?://[^/]+", "")).toList();
        assertThat(menu.indexOf("/account/second-password") - menu.indexOf("/account/password"))
                .as("password changes side by side").isEqualTo(1);

        driver.get(base + "/account/personal");
        Browser.screenshot(driver, "layout-" + name + "-personal");
        driver.get(base + "/manual");
        Browser.screenshot(driver, "layout-" + name + "-manual");
        driver.get(base + "/account/password");
        assertFooterAtTheBottom(viewport);
        driver.findElement(By.cssSelector("form[action='/logout'] button")).submit();
    }

    private void assertFooterAtTheBottom(int height) {
        WebElement footer = driver.findElement(By.cssSelector(".site-footer"));
        long pageHeight = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        assertThat(footer.getRect().getY() + footer.getRect().getHeight())
                .as("footer at the bottom of the window or the page")
                .isGreaterThanOrEqualTo((int) Math.min(pageHeight, height) - 1);
    }

    private double lineHeight(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(arguments[0]); return parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.7;",
                element)).doubleValue();
    }
}
