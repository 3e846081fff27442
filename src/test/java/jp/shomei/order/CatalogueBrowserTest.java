package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * An administrator keeps the catalogue in headless Chromium, in Japanese on a phone and in English on a desktop:
 * from the staff menu to the catalogue, a fee changed, a type added after a refused first try; every page without
 * any axe finding and nothing wider than the window.
 */
@ShomeiTest
class CatalogueBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CertificateTypeRepository types;

    @Autowired
    UniversityRepository universities;

    @Autowired
    LoginThrottleRepository throttles;

    @Autowired
    MessageSource messages;

    WebDriver driver;
    CertificateType degree;
    CertificateTypeForm original;
    List<Long> typesBefore;

    @BeforeEach
    void remember() {
        degree = types.findByUniversityIdOrderBySortOrderAsc(universities.findByCode("saikyo").orElseThrow().getId())
                .stream().filter(t -> t.getCode().equals("degree-ja")).findFirst().orElseThrow();
        original = CertificateTypeForm.of(degree);
        typesBefore = types.findAll().stream().map(CertificateType::getId).toList();
    }

    @AfterEach
    void restore() {
        if (driver != null) {
            driver.quit();
        }
        CertificateType type = types.findById(degree.getId()).orElseThrow();
        type.change(original);
        types.save(type);
        types.findAll().stream().filter(t -> !typesBefore.contains(t.getId())).forEach(types::delete);
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,390,844,phone", "en,1280,800,desktop"})
    void shouldChangeAFeeAndAddACertificate(String language, int width, int height, String device) throws Exception {
        throttles.deleteAll();
        Locale locale = Locale.forLanguageTag(language);
        String shot = "catalogue-" + language + "-" + device + "-";
        driver = Browser.start(language, width, height);

        driver.get("http://localhost:" + port + "/staff/login?lang=" + language);
        driver.findElement(By.name("username")).sendKeys("admin");
        driver.findElement(By.name("password")).sendKeys("Admin-Demo-2026");
        Browser.submit(driver);
        Browser.awaitNextPage(driver, () -> Browser.click(driver,
                driver.findElement(By.linkText(text("catalogue.title", locale)))));
        awaitHeading(text("catalogue.title", locale));
        check("catalogue", shot + "1-list");

        // Both universities issue it: Saikyo's, by its link.
        WebElement edit = driver.findElement(By.cssSelector("a[href$='/staff/catalogue/" + degree.getId() + "']"));
        assertThat(edit.getText()).isEqualTo(locale.equals(Locale.JAPANESE) ? degree.getNameJa() : degree.getNameEn());
        Browser.awaitNextPage(driver, () -> Browser.click(driver, edit));
        awaitHeading(text("catalogue.edit.title", locale));
        check("edit", shot + "2-edit");
        replace("feeYen", "450");
        Browser.submit(driver);
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText())
                .contains(message("catalogue.changed", locale, "degree-ja"));
        assertThat(types.findById(degree.getId()).orElseThrow().getFeeYen()).isEqualTo(450);

        WebElement add = driver.findElement(By.cssSelector("a[href$='/staff/catalogue/universities/"
                + degree.getUniversityId() + "/new']"));
        Browser.awaitNextPage(driver, () -> Browser.click(driver, add));
        awaitHeading(text("catalogue.add.title", locale));
        check("add", shot + "3-add");
        WebElement storePrinting = driver.findElement(By.name("storePrinting"));
        assertThat(storePrinting.isSelected()).as("store printing by default for Japanese").isTrue();
        if (language.equals("en")) {
            new Select(driver.findElement(By.id("language"))).selectByValue("en");
            assertThat(storePrinting.isSelected()).as("English goes by post only by default").isFalse();
        }
        // The code of an existing type first: refused on the form, with what was typed kept.
        replace("code", "transcript-" + language);
        replace("nameJa", "在籍期間証明書（" + language + "）");
        replace("nameEn", "Certificate of Enrollment Period (" + language + ")");
        Browser.submit(driver);
        assertThat(driver.findElement(By.id("error-summary")).getText())
                .contains(text("catalogue.duplicate.code", locale));
        check("add with an error", shot + "4-add-error");

        replace("code", "enrollment-period-" + language);
        Browser.submit(driver);
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText())
                .contains(message("catalogue.added", locale, "enrollment-period-" + language));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(language.equals("ja")
                ? "在籍期間証明書（ja）" : "Certificate of Enrollment Period (en)");
        check("catalogue after adding", shot + "5-added");
        CertificateType added = types.findAll().stream()
                .filter(t -> t.getCode().equals("enrollment-period-" + language)).findFirst().orElseThrow();
        assertThat(added.getLanguage()).isEqualTo(language);
        assertThat(added.isStorePrinting()).isEqualTo(language.equals("ja"));
    }

    /**
     * axe finds nothing at all and nothing is wider than the window; screenshots of the page's top and end are kept
     * for people to see.
     */
    private void check(String page, String screenshot) throws Exception {
        Browser.screenshot(driver, screenshot);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight);");
        Browser.screenshot(driver, screenshot + "-end");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
        assertThat(violations).as("axe findings on " + page).extracting(Rule::getId).isEmpty();
        // Visually hidden text (1px) may sit anywhere; what people see must fit, or scroll within its own box.
        Object tooWide = ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('main, main *')).filter(function (e) {
                  var box = e.getBoundingClientRect();
                  var scrolls = ['auto', 'scroll'].indexOf(getComputedStyle(e).overflowX) >= 0;
                  return box.width > 1 && box.height > 1
                      && (box.right > innerWidth + 1 || scrolls && e.scrollWidth > e.clientWidth + 1);
                }).map(function (e) {
                  return e.tagName + '.' + e.className + ' right ' + e.getBoundingClientRect().right
                      + ' scroll ' + e.scrollWidth + '/' + e.clientWidth;
                });""");
        assertThat((List<?>) tooWide).as("elements wider than the window on " + page).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);
    }

    private void replace(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    private void awaitHeading(String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.tagName("h1")).getText()
                .equals(heading));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
