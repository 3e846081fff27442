package jp.shomei.studentid;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import jp.shomei.account.AccountService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestImages;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
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
 * "Add a student ID" in headless Chromium: the graduate's pages in Japanese on a phone and in English on a desktop
 * ("Send", the mailed one-time URL followed, the form), then Toto's staff approving in Tasklist in the same
 * language; each page scanned by axe.
 */
@ShomeiTest
class AddStudentIdBrowserTest {

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
    StudentIdApplicationRepository applications;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

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
    void shouldApplyForAnotherStudentId(String language, int width, int height, String device) throws Exception {
        throttles.deleteAll();
        driver = Browser.start(language, width, height);
        String shot = "student-id-" + language + "-" + device + "-";
        String email = "browser-student-id-" + System.nanoTime() + "@example.jp";
        Long account = TestApplications.totoGraduate(accounts, universities, catalog, email, "森 健一", "モリ ケンイチ",
                "B" + System.nanoTime() % 100_000_000L).getId();
        accounts.setPasswords(account, PASSWORD, SECOND_PASSWORD);
        String number = "M" + System.nanoTime() % 100_000_000L;
        Locale locale = Locale.forLanguageTag(language);

        driver.get("http://localhost:" + port + "/?lang=" + language);
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.name("secondPassword")).sendKeys(SECOND_PASSWORD);
        Browser.submit(driver);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/home"));

        driver.get("http://localhost:" + port + "/account/student-ids");
        assertThat(driver.getPageSource()).contains(messages.getMessage("studentId.title", null, locale),
                messages.getMessage("studentId.request.note.title", null, locale));
        Browser.assertAccessible(driver, "student ID note and Send");
        Browser.screenshot(driver, shot + "0-send");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/sent"));
        assertThat(driver.getPageSource()).contains(messages.getMessage("studentId.sent.text", null, locale));
        Browser.assertAccessible(driver, "student ID URL sent");
        Browser.screenshot(driver, shot + "0-sent");
        driver.get(Mailbox.find(new Mailbox(greenMail).awaitMail(email, 1),
                "(http://[^/\\s]+/account/student-ids/url/[A-Za-z0-9_-]{43})"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/form"));
        assertThat(driver.getPageSource()).contains(messages.getMessage("studentId.note.enter", null, locale));
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        select("universityId", toto.getId());
        select("departmentId", department);
        select("subjectId", catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId());
        select("degreeProgramId", catalog.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(toto.getId())).reduce((a, b) -> b).orElseThrow().getId());
        driver.findElement(By.name("studentNumber")).sendKeys(number);
        setValue("matriculation", "2012-04");
        setValue("graduation", "2014-03");
        Browser.click(driver, driver.findElement(By.cssSelector("input[name='leavingType'][value='GRADUATED']")));
        Browser.click(driver, driver.findElements(By.cssSelector("input[name='documentTypeId']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        Path image = Files.createTempFile("license", ".png");
        Files.write(image, TestImages.png());
        driver.findElement(By.name("frontImage")).sendKeys(image.toString());
        Browser.assertAccessible(driver, "student ID form");
        Browser.screenshot(driver, shot + "1-form");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/confirm"));
        assertThat(driver.getPageSource()).contains(number);
        Browser.assertAccessible(driver, "student ID confirmation");
        Browser.screenshot(driver, shot + "2-confirm");
        Browser.submit(driver);

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/received"));
        assertThat(driver.getPageSource()).contains(messages.getMessage("studentId.received.check", null, locale));
        Browser.assertAccessible(driver, "student ID received");
        Browser.screenshot(driver, shot + "3-received");
        StudentIdApplication application = applications.findAll().stream()
                .filter(a -> number.equals(a.getStudentNumber())).findFirst().orElseThrow();
        assertThat(application.getStatus()).isEqualTo(StudentIdStatus.UNDER_REVIEW);

        driver.quit();
        driver = Browser.start(language, 1280, 900);
        approveInTasklist(language, application.getId(), shot);
        accounts.studentRecords(account).stream().filter(r -> r.getStudentNumber().equals(number)).findFirst()
                .orElseThrow();
    }

    /** Toto's staff find the review in Tasklist, see the existing and the new student ID and the image, approve. */
    private void approveInTasklist(String language, Long applicationId, String shot) throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://localhost:" + port + "/staff/login?lang=" + language);
        driver.findElement(By.name("username")).sendKeys("toto-staff");
        driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
        Browser.click(driver, driver.findElement(By.cssSelector("main form button[type='submit']")));
        wait.until(d -> d.getCurrentUrl().endsWith("/staff"));
        String taskId = taskService.createTaskQuery().processDefinitionKey(StudentIdReviewProcess.KEY)
                .processInstanceBusinessKey(applicationId.toString()).singleResult().getId();
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        String claimLabel = Browser.webappLabel("tasklist", language, "CLAIM_TASK");
        Browser.click(driver, wait.until(d -> d.findElements(By.xpath("//*[normalize-space(text())='" + claimLabel + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));

        wait.until(d -> d.findElements(By.cssSelector("img[src*='/staff/student-ids/']")).stream()
                .anyMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img))));
        assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("ja".equals(language) ? "登録済みの学籍番号" : "Student ID numbers already on the account");
        Browser.screenshot(driver, shot + "4-tasklist");
        Browser.assertAccessible(driver, "Tasklist student ID review (" + language + ")");

        String approve = "ja".equals(language) ? "承認" : "Approve";
        Browser.click(driver, wait.until(d -> d.findElement(By.xpath("//label[normalize-space(.)='" + approve + "']"))));
        String complete = Browser.webappLabel("tasklist", language, "COMPLETE");
        Browser.click(driver, driver.findElement(By.xpath("//button[normalize-space(.)='" + complete + "']")));
        wait.until(d -> applications.findById(applicationId).orElseThrow().getStatus() == StudentIdStatus.APPROVED);
    }

    private void select(String name, Long value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value.toString());
    }

    /** Month inputs take their value the way a picker would set it. */
    private void setValue(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, value);
    }
}
