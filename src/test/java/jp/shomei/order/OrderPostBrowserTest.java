package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An order for an embassy, paid at the store, posted by the demo staff in Tasklist: in Japanese on a phone and in
 * English on a desktop, the task shows the order, what the certificates state and the address; the staff member
 * enters the posting date and the tracking number, completes, and the graduate's mail has the number. axe finds
 * nothing serious on the form.
 */
@ShomeiTest
class OrderPostBrowserTest {

    private static final String PASSWORD = "Graduate-Post-2026";
    private static final String SECOND_PASSWORD = "Second-Post-2026";

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
    OrderPaymentRepository payments;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    TaskService taskService;

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
    @CsvSource({"ja,390,844,phone", "en,1280,800,desktop"})
    void shouldPostAnEmbassyOrderFromTasklist(String language, int width, int height, String device)
            throws Exception {
        throttles.deleteAll();
        boolean ja = "ja".equals(language);
        String email = "browser-post-" + System.nanoTime() + "@example.jp";
        CertificateOrder order = paidEmbassyOrder(email);
        Task post = OrderSteps.awaitPostTask(taskService, order);

        driver = Browser.start(language, width, height);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base() + "/camunda/app/tasklist/");
        wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
        driver.findElement(By.name("username")).sendKeys("toto-staff");
        driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
        Browser.click(driver, driver.findElement(By.cssSelector("main form button[type='submit']")));
        wait.until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
        driver.get(base() + "/camunda/app/tasklist/default/#/?task=" + post.getId());
        String claim = Browser.webappLabel("tasklist", language, "CLAIM_TASK");
        Browser.click(driver, wait.until(d -> d.findElements(By.xpath("//*[normalize-space(text())='" + claim + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));

        WebElement tracking = wait.until(d -> d.findElement(By.cssSelector("input[id$='Field_TrackingNumber']")));
        String shown = String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.fjs-container input, .fjs-container textarea'))"
                        + ".map(i => i.value).join('|');"));
        assertThat(shown).contains(order.getReference(), "石井 涼子", "千代田区", ja ? "卒業証明書" : "Certificate of Graduation",
                ja ? "× 1部" : "× 1", ja ? "紙の原本が必要" : "A paper original is needed");
        assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
                .contains(ja ? "証明書に記載する内容" : "What the certificates state", ja ? "追跡番号" : "Tracking number");
        Browser.screenshot(driver, "post-task-" + language + "-" + device);
        Files.writeString(Path.of("target", "screenshots", "post-task-" + language + ".html"), driver.getPageSource());
        Browser.assertAccessible(driver, "Tasklist posting (" + language + ")");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        WebElement postedOn = driver.findElement(By.cssSelector(".fjs-form-field-datetime input"));
        Browser.click(driver, postedOn);
        postedOn.sendKeys(String.format("%02d/%02d/%d", today.getMonthValue(), today.getDayOfMonth(), today.getYear()),
                Keys.ENTER);
        Browser.click(driver, tracking);
        tracking.sendKeys("1234-5678-9012");
        Browser.screenshot(driver, "post-task-filled-" + language + "-" + device);
        String complete = Browser.webappLabel("tasklist", language, "COMPLETE");
        Browser.click(driver, driver.findElement(By.xpath("//button[normalize-space(.)='" + complete + "']")));

        wait.until(d -> orders.findById(order.getId()).orElseThrow().getStatus() == OrderStatus.POSTED);
        CertificateOrder posted = orders.findById(order.getId()).orElseThrow();
        assertThat(posted.getPostedOn()).isEqualTo(today);
        assertThat(posted.getTrackingNumber()).isEqualTo("1234-5678-9012");
        assertThat(new Mailbox(greenMail).awaitMailContaining(email, "1234-5678-9012")).contains(order.getReference());
    }

    private CertificateOrder paidEmbassyOrder(String email) {
        Long account = TestApplications.totoGraduate(accounts, universities, catalog, email, "石井 涼子", "イシイ リョウコ",
                "P" + System.nanoTime() % 100_000_000L).getId();
        accounts.setPasswords(account, PASSWORD, SECOND_PASSWORD);
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", email, "password", PASSWORD, "secondPassword", SECOND_PASSWORD));
        OrderSteps steps = new OrderSteps(graduate, accounts.studentRecords(account).get(0).getId());
        steps.start("STORE");
        Long graduation = types.findByUniversityIdOrderBySortOrderAsc(
                universities.findByCode("toto").orElseThrow().getId()).stream()
                .filter(t -> t.getCode().equals("graduation-ja")).findFirst().orElseThrow().getId();
        steps.order(steps.confirm(Map.of("copies_" + graduation, "1"), "MOFA_OR_EMBASSY", false), "400", "SMART_PIT");
        CertificateOrder order = orders.findByAccountIdOrderByOrderedAtDesc(account).get(0);
        WebClient store = new WebClient(base());
        store.page("/dev/payments");
        store.post("/dev/payments/" + payments.findByOrderIdOrderByIdDesc(order.getId()).get(0).getReference()
                + "/paid", Map.of());
        return order;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
