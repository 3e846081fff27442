package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.security.LoginThrottleRepository;
import jp.shomei.support.Browser;
import jp.shomei.support.ShomeiTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator, with a Japanese browser running in UTC, finds Cockpit in Japanese under Shomei's name, the
 * start times of process instances in Japan time and Japanese style, and no "null" for values a definition lacks.
 */
@ShomeiTest
class CockpitBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    LoginThrottleRepository throttles;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void shouldShowCockpitInJapaneseWithJapanTime() throws Exception {
        throttles.deleteAll();
        HistoricProcessInstance newest = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY).list().stream()
                .map(p -> historyService.createHistoricProcessInstanceQuery().processInstanceId(p.getId())
                        .singleResult())
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .orElseThrow();
        String startedInJapan = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
                .format(newest.getStartTime().toInstant().atZone(ZoneId.of("Asia/Tokyo")));

        driver = Browser.start("ja", 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(d -> d.getCurrentUrl().contains("/staff/login"));
        driver.findElement(By.name("username")).sendKeys("admin");
        driver.findElement(By.name("password")).sendKeys("Admin-Demo-2026");
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();

        wait.until(d -> d.findElements(By.cssSelector("[cam-widget-header] a.shomei-home")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header] a.shomei-home")).getText())
                .isEqualTo("職員メニュー");
        assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getText()).isEqualTo("Shomei Cockpit");
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("実行中のプロセスインスタンス"));
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header]")).getText())
                .contains("プロセス", "ディシジョン");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(e -> e.isDisplayed());
        Browser.assertAccessible(driver, "Cockpit dashboard (ja)");

        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
                + newest.getProcessDefinitionId() + "/runtime");
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(startedInJapan));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("開始日時", "プロセスインスタンス")
                .as("no value missing shows as null (version tag, tenant)").doesNotContainPattern("(?i)\\bnull\\b");
        // The diagram names its elements in Japanese (the deployment keeps its names as written).
        String diagram = wait.until(d -> {
            Object labels = ((JavascriptExecutor) d).executeScript("const c = document.querySelector('.djs-container');"
                    + " return c && c.textContent.replace(/\\s/g, '');");
            return labels != null && labels.toString().contains("メールアドレスの入力") ? labels.toString() : null;
        });
        assertThat(diagram).contains("ワンタイムURLを送信", "審査結果?").doesNotContain("Mailaddressentered", "Reviewbytheuniversity");
        Browser.screenshot(driver, "cockpit-process-ja-desktop");
    }
}
