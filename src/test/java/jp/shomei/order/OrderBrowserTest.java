package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Ordering two transcripts for the store in headless Chromium, in Japanese on a phone and in English on a desktop,
 * paid on the sandbox's PayPal page; each page scanned by axe.
 */
@ShomeiTest
class OrderBrowserTest {

    private static final String PASSWORD = "Graduate-Test-2026";
    private static final String SECOND_PASSWORD = "Second-Test-2026";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    CertificateTypeRepository types;

    @Autowired
    CertificateOrderRepository orders;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,390,844,phone", "en,1280,800,desktop"})
    void shouldOrderTwoTranscriptsForTheStoreAndPayWithPayPal(String language, int width, int height, String device)
            throws Exception {
        throttles.deleteAll();
        driver = Browser.start(language, width, height);
        String shot = "order-" + language + "-" + device + "-";
        String email = "browser-order-" + System.nanoTime() + "@example.jp";
        Long account = TestApplications.totoGraduate(accounts, universities, catalog, email, "森 健一", "モリ ケンイチ",
                "B" + System.nanoTime() % 100_000_000L).getId();
        accounts.setPasswords(account, PASSWORD, SECOND_PASSWORD);
        Locale locale = Locale.forLanguageTag(language);
        Long transcript = types.findByUniversityIdOrderBySortOrderAsc(
                universities.findByCode("toto").orElseThrow().getId()).stream()
                .filter(t -> t.getCode().equals("transcript-ja")).findFirst().orElseThrow().getId();

        driver.get("http://localhost:" + port + "/?lang=" + language);
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.name("secondPassword")).sendKeys(SECOND_PASSWORD);
        click(driver.findElement(By.cssSelector("main form button[type='submit']")));
        awaitPath("/home");
        Browser.assertAccessible(driver, "Select printing destination");
        Browser.screenshot(driver, shot + "0-home");
        click(driver.findElement(By.cssSelector("button[value='STORE']")));

        awaitPath("/account/orders/new/certificates");
        assertThat(driver.getPageSource()).contains(text("order.printCharge", locale));
        new Select(driver.findElement(By.name("copies_" + transcript))).selectByValue("2");
        Browser.assertAccessible(driver, "certificates and copies");
        Browser.screenshot(driver, shot + "1-certificates");
        submit();

        awaitPath("/account/orders/new/purpose");
        click(driver.findElement(By.cssSelector("input[name='submissionKind'][value='COMPANY_OR_SCHOOL']")));
        Browser.assertAccessible(driver, "purpose and place of submission");
        Browser.screenshot(driver, shot + "2-purpose");
        submit();

        awaitPath("/account/orders/new/confirm");
        assertThat(driver.getPageSource()).contains(text("order.noRefund.store", locale));
        click(driver.findElement(By.cssSelector("input[name='paymentMethod'][value='PAYPAL']")));
        Browser.assertAccessible(driver, "confirmation");
        Browser.screenshot(driver, shot + "3-confirm");
        submit();

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/sandbox/paypal/"));
        Browser.assertAccessible(driver, "sandbox PayPal approval");
        Browser.screenshot(driver, shot + "4-paypal");
        click(driver.findElement(By.cssSelector("form[action$='/approve'] button")));

        CertificateOrder order = orders.findByAccountIdOrderByOrderedAtDesc(account).get(0);
        awaitPath("/account/orders/" + order.getId());
        assertThat(driver.getPageSource()).contains(text("order.status.PAID", locale));
        Browser.assertAccessible(driver, "paid order");
        Browser.screenshot(driver, shot + "5-paid");
        assertThat(orders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    private void awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().replaceAll("\\?.*", "")
                .endsWith(path));
    }

    private String text(String code, Locale locale) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(messages.getMessage(code, null, locale));
    }

    private void submit() {
        click(driver.findElement(By.cssSelector("main form button[type='submit'].button-primary")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
