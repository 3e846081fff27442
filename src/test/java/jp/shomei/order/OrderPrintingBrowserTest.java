package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.web.client.RestTemplate;

/**
 * Store printing as the demo graduate sees it, in headless Chromium (Japanese on a phone, English on a desktop):
 * two transcripts paid on the sandbox's PayPal page, the reservation numbers on the order's page, one copy printed on
 * the sandbox print network's page and shown printed, its certificate's code accepted by /verify, and the order's
 * page once the print deadline has passed. The pages of printing are scanned by axe and must have no finding at all.
 */
@ShomeiTest
class OrderPrintingBrowserTest {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    CertificateTypeRepository types;

    @Autowired
    CertificateOrderRepository orders;

    @Autowired
    PrintOrders printing;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

    WebDriver driver;

    @AfterEach
    void quit() {
        ClockUtil.reset();
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,390,844,phone", "en,1280,800,desktop"})
    void shouldShowTheReservationNumbersThenACopyPrintedWhoseCodeVerifies(String language, int width, int height,
            String device) throws Exception {
        throttles.deleteAll();
        Locale locale = Locale.forLanguageTag(language);
        Long demo = accounts.findReapplicationMatch("ヤマダ タロウ", LocalDate.of(1990, 5, 15), "T09A1234")
                .orElseThrow().getId();
        Long bachelor = accounts.studentRecords(demo).stream().filter(r -> "T09A1234".equals(r.getStudentNumber()))
                .findFirst().orElseThrow().getId();
        driver = Browser.start(language, width, height);
        String shot = "printing-" + language + "-" + device + "-";
        String base = "http://localhost:" + port;

        driver.get(base + "/?lang=" + language);
        driver.findElement(By.name("username")).sendKeys("yamada.taro@example.jp");
        driver.findElement(By.name("password")).sendKeys("Graduate-Demo-2026");
        driver.findElement(By.name("secondPassword")).sendKeys("Second-Demo-2026");
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("main form button[type='submit']"))));
        assertThat(driver.getCurrentUrl()).endsWith("/home");
        Browser.click(driver, driver.findElement(By.id("record-" + bachelor)));
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("button[value='STORE']"))));

        Long transcript = types.findByUniversityIdOrderBySortOrderAsc(universities.findByCode("toto").orElseThrow()
                .getId()).stream().filter(t -> t.getCode().equals("transcript-ja")).findFirst().orElseThrow().getId();
        new Select(driver.findElement(By.name("copies_" + transcript))).selectByValue("2");
        next();
        Browser.click(driver, driver.findElement(
                By.cssSelector("input[name='submissionKind'][value='COMPANY_OR_SCHOOL']")));
        next();
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='paymentMethod'][value='PAYPAL']")));
        next();
        assertThat(driver.getCurrentUrl()).contains("/sandbox/paypal/");
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("form[action$='/approve'] button"))));

        CertificateOrder order = orders.findByAccountIdOrderByOrderedAtDesc(demo).get(0);
        assertThat(driver.getCurrentUrl()).endsWith("/account/orders/" + order.getId());
        Browser.screenshot(driver, shot + "0-paid");
        List<OrderPrintCopy> copies = awaitCopies(order.getId(), 2);
        // The copies are registered after the payment, by the process: the page shows them from then on.
        WebElement section = awaitPrintSection();
        assertThat(section.findElements(By.cssSelector(".reservation-number"))).extracting(WebElement::getText)
                .containsExactly(copies.get(0).getNetprintNumber(), copies.get(0).getNetworkPrintNumber(),
                        copies.get(1).getNetprintNumber(), copies.get(1).getNetworkPrintNumber());
        String printUntil = orders.findById(order.getId()).orElseThrow().getPrintUntil().toString();
        assertThat(section.getText()).contains(message("order.printUntil", locale, printUntil),
                message("order.print.netprint", locale), message("order.print.networkPrint", locale));
        assertThat(section.findElements(By.cssSelector(".print-state"))).extracting(WebElement::getText)
                .containsOnly(message("order.print.waiting", locale));
        assertNoSidewaysScrolling();
        assertNoAxeFindings("order ready to print");
        scrollTo(section);
        Browser.screenshot(driver, shot + "1-numbers");

        // The store prints the first copy with its 7-Eleven number.
        String number = copies.get(0).getNetprintNumber();
        driver.get(base + "/dev/print");
        WebElement job = driver.findElement(By.xpath("//article[.//dd[@class='reservation-number' and text()='"
                + number + "']]"));
        String pdfPath = job.findElement(By.cssSelector("a[href$='/pdf']")).getAttribute("href");
        assertNoAxeFindings("sandbox print network");
        Browser.awaitNextPage(driver, () -> Browser.click(driver, job.findElement(By.cssSelector("form button"))));
        assertThat(driver.findElement(By.cssSelector("main .alert")).getText())
                .isEqualTo(message("print.outcome.PRINTED", locale));

        driver.get(base + "/account/orders/" + order.getId());
        section = awaitPrintSection();
        List<WebElement> states = section.findElements(By.cssSelector(".print-state"));
        String printedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(printing.copies(order.getId()).get(0).getPrintedAt().atZone(OrderDeadlines.JAPAN));
        assertThat(states.get(0).getText()).isEqualTo(message("order.print.printedAt", locale, printedAt));
        assertThat(states.get(1).getText()).isEqualTo(message("order.print.waiting", locale));
        assertThat(driver.findElement(By.cssSelector(".status-badge")).getText())
                .isEqualTo(message("order.status.PRINTED", locale));
        assertNoSidewaysScrolling();
        assertNoAxeFindings("order printed");
        scrollTo(section);
        Browser.screenshot(driver, shot + "2-printed");

        // Whoever receives the printed certificate checks the code at its bottom.
        String code;
        try (PDDocument pdf = Loader.loadPDF(new RestTemplate().getForObject(pdfPath, byte[].class))) {
            Matcher found = CODE.matcher(new PDFTextStripper().getText(pdf));
            assertThat(found.find()).isTrue();
            code = found.group();
        }
        driver.get(base + "/verify");
        driver.findElement(By.id("code")).sendKeys(code);
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("button[type=submit].button-primary"))));
        assertThat(driver.findElement(By.id("verification-result")).getText())
                .contains(message("verify.outcome.VALID", locale));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("山田 太郎");
        assertNoAxeFindings("verification of the printed certificate");
        Browser.screenshot(driver, shot + "3-verified");

        // From 00:00 Japan time of the 8th day the page says plainly that the other copy can no longer be printed.
        ClockUtil.offset(Instant.now().until(OrderDeadlines.printingEnds(LocalDate.parse(printUntil)),
                ChronoUnit.MILLIS));
        driver.get(base + "/account/orders/" + order.getId());
        section = awaitPrintSection();
        assertThat(section.findElement(By.cssSelector(".alert-warning")).getText())
                .isEqualTo(message("order.print.over", locale, printUntil));
        assertThat(section.findElements(By.cssSelector(".print-state")).get(1).getText())
                .isEqualTo(message("order.print.notPrintable", locale));
        assertNoSidewaysScrolling();
        assertNoAxeFindings("order past its print deadline");
        scrollTo(section);
        Browser.screenshot(driver, shot + "4-deadline-passed");
    }

    /** The page's primary button ("Next", "Order"), and the page it leads to. */
    private void next() {
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.cssSelector("main form button[type='submit'].button-primary"))));
    }

    private List<OrderPrintCopy> awaitCopies(Long orderId, int count) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<OrderPrintCopy> copies = printing.copies(orderId);
            return copies.size() == count ? copies : null;
        });
    }

    /** The order's page, reloaded until its printing section is there. */
    private WebElement awaitPrintSection() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> sections = d.findElements(By.cssSelector("section[aria-labelledby='print-heading']"));
            if (sections.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return sections.get(0);
        });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private void assertNoSidewaysScrolling() {
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isTrue();
    }

    /** Stricter than {@link Browser#assertAccessible}: not even a minor or moderate finding. */
    private void assertNoAxeFindings(String page) {
        assertThat(new AxeBuilder().analyze(driver).getViolations()).as("axe on " + page)
                .extracting(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp()).isEmpty();
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args.length == 0 ? null : args, locale);
    }
}
