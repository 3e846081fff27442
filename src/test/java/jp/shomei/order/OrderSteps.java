package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import jp.shomei.support.Mailbox;
import jp.shomei.support.WebClient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.http.ResponseEntity;

/** The steps of an order as a signed-in graduate's browser sends them, for the web tests. */
class OrderSteps {

    private final WebClient browser;
    private final Long recordId;

    OrderSteps(WebClient browser, Long recordId) {
        this.browser = browser;
        this.recordId = recordId;
    }

    /** Select printing destination's button: the certificates page for the student ID and destination. */
    String start(String destination) {
        browser.page("/home");
        ResponseEntity<String> started = browser.post("/account/orders/new",
                Map.of("studentRecordId", String.valueOf(recordId), "destination", destination));
        assertThat(started.getHeaders().getLocation().getPath()).isEqualTo("/account/orders/new/certificates");
        return browser.follow(started);
    }

    ResponseEntity<String> chooseCertificates(Map<String, String> copies) {
        return browser.post("/account/orders/new/certificates", copies);
    }

    /** Certificates and purpose given: the confirmation page. */
    String confirm(Map<String, String> copies, String submissionKind, boolean sealed) {
        ResponseEntity<String> chosen = chooseCertificates(copies);
        assertThat(chosen.getHeaders().getLocation().getPath()).isEqualTo("/account/orders/new/purpose");
        assertThat(browser.follow(chosen)).contains("株式会社サンプル", "就職活動");
        Map<String, String> purpose = new HashMap<>(Map.of("intendedUse", "就職活動", "submissionPlace", "株式会社サンプル",
                "submissionKind", submissionKind));
        if (sealed) {
            purpose.put("sealedEnvelope", "true");
        }
        ResponseEntity<String> given = browser.post("/account/orders/new/purpose", purpose);
        assertThat(given.getHeaders().getLocation().getPath()).isEqualTo("/account/orders/new/confirm");
        return browser.follow(given);
    }

    /** "Order" on the confirmation page, with the total as given (a tampered one, if so). */
    ResponseEntity<String> order(String confirm, String totalYen, String paymentMethod) {
        Map<String, String> fields = new HashMap<>(Map.of("orderToken",
                Mailbox.find(confirm, "name=\"orderToken\" value=\"([^\"]+)\""), "totalYen", totalYen));
        if (paymentMethod != null) {
            fields.put("paymentMethod", paymentMethod);
        }
        return browser.post("/account/orders", fields);
    }

    /** The university's posting task of a paid order by post, once the job executor has reached it. */
    static Task awaitPostTask(TaskService taskService, CertificateOrder order) {
        return new FluentWait<>(order).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(100))
                .until(placed -> taskService.createTaskQuery()
                        .processInstanceBusinessKey(String.valueOf(placed.getId()))
                        .taskDefinitionKey(PostProcess.Elements.POST).singleResult());
    }
}
