package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import jp.shomei.registration.ApplicationType;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationDraft;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo staff user, with a Japanese or an English browser (or a Japanese one and English chosen in Shomei's
 * pages), signs in once and finds Tasklist and the review form in that language, under Shomei's name with the
 * university and a link home, times in Japan time, no vendor banner and no serious or critical accessibility
 * finding (the stock webapp has several); claims a review, sees the document images, finds Save and Complete
 * wholly above the fixed footer on a 1280x800 desktop and a 390x844 phone, approves, and signs out to Shomei's staff sign-in.
 */
@ShomeiTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    GreenMail greenMail;

    @Autowired
    TaskService taskService;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "browser {0}, chosen {1}")
    @CsvSource({"ja,", "en,", "ja,en"})
    void shouldReviewWithTheImagesAndApproveInTasklist(String browserLanguage, String chosen) throws Exception {
        String language = chosen == null ? browserLanguage : chosen;
        driver = Browser.start(browserLanguage, 1280, 900);
        throttles.deleteAll();
        String email = "tasklist-" + System.nanoTime() + "@example.jp";
        Registration registration = registrations.importSubmitted(email, Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "遠藤 学", "エンドウ マナブ"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        if (chosen != null) {
            driver.get("http://localhost:" + port + "/staff/login?lang=" + chosen);
        }
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
        driver.findElement(By.name("username")).sendKeys("toto-staff");
        driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
        click(driver.findElement(By.cssSelector("main form button[type='submit']")));

        wait.until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
        wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId(registration));
        String claimLabel = Browser.webappLabel("tasklist", language, "CLAIM_TASK");
        WebElement claim = wait.until(d -> d.findElements(
                        By.xpath("//*[normalize-space(text())='" + claimLabel + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
                .as("no vendor banner").noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector(".start-process-action, .create-task-action")))
                .as("processes and tasks start from the graduates' side only").noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getText()).contains("Shomei");
        WebElement home = driver.findElement(By.cssSelector("[cam-widget-header] a.shomei-home"));
        assertThat(home.getText())
                .isEqualTo("ja".equals(language) ? "東都大学 · 職員メニュー" : "Toto University · Staff menu");
        assertThat(home.getAttribute("href")).endsWith("/staff");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(driver.findElement(By.id("footer-timezone")).getText()).contains("Asia/Tokyo");
        // Labels asked for while the webapp starts (sorting, search) are in its language, not the fallback's.
        assertThat(driver.findElement(By.cssSelector("[cam-sorting-choices]")).getText())
                .contains(Browser.webappLabel("tasklist", language, "CREATION_DATE"));
        assertThat(driver.findElement(By.cssSelector(".search-container input.main-field")).getAttribute("placeholder"))
                .isEqualTo(Browser.webappLabel("tasklist", language, "SEARCH_PLACEHOLDER"));
        assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText())
                .as("when the tasks were created, in the webapp's language")
                .contains("ja".equals(language) ? "前" : " ago");
        click(claim);

        wait.until(d -> d.findElements(By.cssSelector("img[src*='/staff/registrations/']")).stream()
                .anyMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img))));
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.fjs-container input')).map(i => i.value).join('|');");
        assertThat(shown.toString()).contains("遠藤 学", "エンドウ マナブ", email,
                "ja".equals(language) ? "東都大学" : "Toto University");
        assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("ja".equals(language) ? "本人確認書類" : "Identity document");
        Browser.screenshot(driver, "tasklist-review-" + browserLanguage + "-" + language + "-desktop");
        // The stock Tasklist has critical and serious findings (unnamed icon buttons and links, low contrast);
        // Shomei's script and styles leave none.
        Browser.assertAccessible(driver, "Tasklist review (" + language + ")");

        String approve = "ja".equals(language) ? "承認" : "Approve";
        click(wait.until(d -> d.findElement(By.xpath("//label[normalize-space(.)='" + approve + "']"))));
        String complete = Browser.webappLabel("tasklist", language, "COMPLETE");
        WebElement completeButton = driver.findElement(By.xpath("//button[normalize-space(.)='" + complete + "']"));
        WebElement saveButton = driver.findElement(By.xpath("//button[normalize-space(.)='"
                + Browser.webappLabel("tasklist", language, "SAVE") + "']"));
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
            showPageAt(size);
            for (WebElement button : List.of(saveButton, completeButton)) {
                assertThat(overlapWithTheFooter(button)).as(button.getAttribute("textContent").trim() + " at "
                        + size + ", scrolled to the end, wholly above the footer").isEmpty();
            }
            Browser.screenshot(driver, "tasklist-buttons-" + language + "-" + size.width + "x" + size.height);
        }
        showPageAt(new Dimension(1280, 900));
        click(completeButton);

        String mail = new Mailbox(greenMail).awaitMail(email, 1);
        assertThat(mail).contains("初期パスワード");

        driver.get("http://localhost:" + port + "/camunda/app/welcome/default/");
        wait.until(d -> !d.findElements(By.cssSelector("[cam-widget-header] a.shomei-home")).isEmpty());
        Browser.assertAccessible(driver, "Welcome (" + language + ")");

        click(driver.findElement(By.cssSelector("[cam-widget-header] .account .dropdown-toggle")));
        String signOut = Browser.webappLabel("welcome", language, "SIGN_OUT_ACTION");
        click(wait.until(d -> d.findElement(By.xpath("//a[normalize-space(.)='" + signOut + "']"))));
        wait.until(d -> d.getCurrentUrl().endsWith("/staff/login?loggedOut"));
    }

    /**
     * A reviewer who reached the server as 127.0.0.1 (not the configured localhost) tells two applications apart in
     * the list, each named in the reader's language, oldest first, and sees the images of the review form, each
     * with a link to open it at full size, or a message with that link when it cannot be loaded.
     */
    @ParameterizedTest(name = "browser {0}")
    @CsvSource({"ja", "en"})
    void shouldTellTasksApartAndShowTheImagesOnAnotherHost(String language) throws Exception {
        driver = Browser.start(language, 1280, 900);
        throttles.deleteAll();
        boolean ja = "ja".equals(language);
        String origin = "http://127.0.0.1:" + port;
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        Registration first = registrations.importSubmitted("list-a-" + suffix + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, "青木 一郎" + suffix, "アオキ イチロウ"));
        RegistrationDraft again = TestApplications.totoApplication(universities, catalog, "北村 二葉" + suffix,
                "キタムラ フタバ");
        again.form().setApplicationType(ApplicationType.REAPPLICATION);
        Registration second = registrations.importSubmitted("list-b-" + suffix + "@example.jp", Locale.JAPANESE,
                again);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        driver.get(origin + "/camunda/app/tasklist/");
        wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
        driver.findElement(By.name("username")).sendKeys("toto-staff");
        driver.findElement(By.name("password")).sendKeys("Staff-Demo-2026");
        click(driver.findElement(By.cssSelector("main form button[type='submit']")));
        wait.until(d -> d.getCurrentUrl().startsWith(origin + "/camunda/app/tasklist/"));
        wait.until(d -> !d.findElements(By.cssSelector(".tasks-list li")).isEmpty());

        // Oldest first by default.
        assertThat(driver.getCurrentUrl()).contains("sorting=");
        List<WebElement> listed = driver.findElements(By.cssSelector(".tasks-list li h4.task a"));
        Date firstCreated = created(listed.get(0));
        Date lastCreated = created(listed.get(listed.size() - 1));
        assertThat(firstCreated).isBeforeOrEqualTo(lastCreated);
        String filters = driver.findElement(By.cssSelector("[cam-tasklist-filters]")).getText();
        assertThat(filters).contains(ja ? "すべてのタスク" : "All tasks").doesNotContain(ja ? "All tasks" : "すべて");

        // Newest first, the two new applications lead the list (other tests leave tasks too).
        driver.get(origin + "/camunda/app/tasklist/default/#/?sorting="
                + URLEncoder.encode("[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]", StandardCharsets.UTF_8));
        wait.until(d -> d.findElement(By.cssSelector(".tasks-list")).getText().contains("北村 二葉" + suffix));
        String list = driver.findElement(By.cssSelector(".tasks-list")).getText();
        assertThat(list).contains("青木 一郎" + suffix, "北村 二葉" + suffix,
                ja ? "氏名" : "Name", ja ? "申請種別" : "Type", ja ? "新規" : "New", ja ? "再申請" : "Reapplication",
                ja ? "申請日時" : "Submitted", ja ? "利用申請の審査" : "Review the application");
        assertThat(list).doesNotContain(ja ? "Review the application" : "利用申請", "review_", "__en");
        Browser.screenshot(driver, "tasklist-list-" + language + "-127.0.0.1");

        driver.get(origin + "/camunda/app/tasklist/default/#/?task=" + taskId(first));
        String claimLabel = Browser.webappLabel("tasklist", language, "CLAIM_TASK");
        click(wait.until(d -> d.findElements(By.xpath("//*[normalize-space(text())='" + claimLabel + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));
        WebElement image = wait.until(d -> d.findElements(By.cssSelector(".fjs-container img")).stream()
                .filter(img -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
                .findFirst().orElse(null));
        assertThat(image.getAttribute("src")).startsWith(origin + "/staff/registrations/" + first.getId());
        WebElement fullSize = wait.until(d -> d.findElement(By.cssSelector(".shomei-image-links a")));
        assertThat(fullSize.getText()).isEqualTo(ja ? "原寸で開く" : "Open at full size");
        assertThat(fullSize.getAttribute("href")).isEqualTo(image.getAttribute("src"));
        assertThat(fullSize.getAttribute("target")).isEqualTo("_blank");
        assertThat(driver.findElement(By.cssSelector(".task-card .tenant-id")).getText())
                .isEqualTo(ja ? "東都大学" : "Toto University");
        assertThat(driver.findElement(By.cssSelector(".task-card h2.task")).getText())
                .isEqualTo(ja ? "利用申請の審査" : "Review the application");
        // The candidate group and the staff member's name in the reader's language and name order.
        assertThat(driver.findElement(By.cssSelector(".task-card .meta .groups a")).getText())
                .isEqualTo(ja ? "東都大学 証明書担当" : "Toto University staff");
        String staffName = ja ? "田中 花子" : "花子 田中";
        wait.until(d -> d.findElement(By.cssSelector(".task-card .meta .assignee")).getText().contains(staffName));
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .account .dropdown-toggle")).getText())
                .contains(staffName);
        Browser.screenshot(driver, "tasklist-images-" + language + "-127.0.0.1");
        Browser.assertAccessible(driver, "Tasklist review at 127.0.0.1 (" + language + ")");

        // An image that cannot be loaded says so, with the link.
        ((JavascriptExecutor) driver).executeScript("arguments[0].src = arguments[1];", image,
                origin + "/staff/registrations/0/documents/front");
        WebElement message = wait.until(d -> d.findElement(By.cssSelector(".shomei-image-links[role='alert']")));
        assertThat(message.getText()).startsWith(ja ? "画像を読み込めませんでした。" : "The image could not be loaded.")
                .endsWith(ja ? "画像を新しいタブで開く" : "Open the image in a new tab");
        assertThat(message.isDisplayed()).isTrue();
        Browser.screenshot(driver, "tasklist-image-failed-" + language + "-127.0.0.1");
    }

    private Date created(WebElement taskLink) {
        String id = taskLink.getAttribute("href").replaceAll(".*task=([^&]+).*", "$1");
        return taskService.createTaskQuery().taskId(id).singleResult().getCreateTime();
    }

    private String taskId(Registration registration) {
        return taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult().getId();
    }

    /**
     * Scrolls the page and its scrolling areas to their ends; empty if the element's whole box is then above the
     * fixed footer's top and not covered, else what overlaps (in CSS pixels, with the viewport's size).
     */
    private String overlapWithTheFooter(WebElement element) {
        // After a resize the columns slide to their places (CSS transitions): ask until they have settled.
        String[] overlap = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> (overlap[0] = overlapNow(element)).isEmpty());
        } catch (TimeoutException unsettled) {
            // overlap[0] says where the element stayed
        }
        return overlap[0];
    }

    private String overlapNow(WebElement element) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('*').forEach(e => { e.scrollTop = e.scrollHeight; });"
                        + "window.scrollTo(0, document.documentElement.scrollHeight);"
                        + "const box = arguments[0].getBoundingClientRect();"
                        + "const footer = document.querySelector('[cam-widget-footer]').getBoundingClientRect();"
                        + "const shown = document.elementFromPoint(box.left + box.width / 2, box.bottom - 1);"
                        + "if (box.top >= 0 && box.bottom <= footer.top"
                        + " && (arguments[0] === shown || arguments[0].contains(shown))) { return ''; }"
                        + "return 'button x ' + box.left + '-' + box.right + ', y ' + box.top + '-' + box.bottom"
                        + " + ', footer from y ' + footer.top"
                        + " + ', viewport ' + innerWidth + 'x' + innerHeight + ', at the bottom edge: '"
                        + " + (shown && shown.outerHTML.substring(0, 80));", element));
    }

    /** Sizes the window so that the page (the viewport, without the browser's own bars) has the given size. */
    private void showPageAt(Dimension page) {
        driver.manage().window().setSize(page);
        Dimension viewport = viewport();
        driver.manage().window().setSize(new Dimension(2 * page.width - viewport.width,
                2 * page.height - viewport.height));
        assertThat(viewport()).as("the page's size").isEqualTo(page);
    }

    private Dimension viewport() {
        List<?> size = (List<?>) ((JavascriptExecutor) driver).executeScript("return [innerWidth, innerHeight];");
        return new Dimension(((Number) size.get(0)).intValue(), ((Number) size.get(1)).intValue());
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
}
