package jp.shomei.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import jp.shomei.document.DocumentSide;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationDecisionRepository;
import jp.shomei.registration.RegistrationReviewProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.review.ReviewDecision;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Identity-document images go a month after the final decision (on the engine's clock), not after a request to
 * resubmit; the decision stays, and the image URL then tells staff, in their language, since when the images are gone.
 */
@ShomeiTest
class DocumentRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationDecisionRepository decisions;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    TaskService taskService;

    @Autowired
    RetentionJob retention;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldDeleteTheImagesThirtyDaysAfterTheFinalDecisionOnly() throws Exception {
        Registration rejected = submitted("却下 画像");
        Registration resubmission = submitted("再提出 画像");
        decide(rejected, "{\"decision\":{\"value\":\"reject\"},\"decisionReason\":{\"value\":\"Not enrolled\"}}");
        decide(resubmission, "{\"decision\":{\"value\":\"resubmit\"},\"decisionReason\":{\"value\":\"Blurred\"},"
                + "\"resubmit_document\":{\"value\":true}}");

        runAfter(Duration.ofDays(29));
        assertThat(registrations.document(rejected.getId(), DocumentSide.FRONT)).isPresent();
        assertThat(registrations.documentsDeletedAt(rejected.getId())).isEmpty();

        LocalDate deletedOn = runAfter(Duration.ofDays(31));
        assertThat(registrations.document(rejected.getId(), DocumentSide.FRONT)).isEmpty();
        assertThat(registrations.document(rejected.getId(), DocumentSide.BACK)).isEmpty();
        assertThat(registrations.documentsDeletedAt(rejected.getId())).isPresent();
        assertThat(registrations.document(resubmission.getId(), DocumentSide.FRONT))
                .as("a request to resubmit is no final decision").isPresent();
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(rejected.getId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.getDecision()).isEqualTo(ReviewDecision.REJECT);
                    assertThat(d.getDecidedBy()).isEqualTo("toto-staff");
                    assertThat(d.getReason()).isEqualTo("Not enrolled");
                });

        String front = "/staff/registrations/" + rejected.getId() + "/documents/front";
        ResponseEntity<String> japanese = staff("ja").get(front);
        assertThat(japanese.getStatusCode().value()).isEqualTo(404);
        assertThat(japanese.getBody()).contains("本人確認書類の画像は削除済みです", deletedOn + " に削除されました",
                "30 日間");
        ResponseEntity<String> english = staff("en").get(front);
        assertThat(english.getStatusCode().value()).isEqualTo(404);
        assertThat(english.getBody()).contains("Identity-document images deleted",
                "were deleted on " + deletedOn, "kept 30 days after the final decision");
    }

    /** Runs the daily deletion as if that long had passed, and says which day (Japan time) it ran. */
    private LocalDate runAfter(Duration elapsed) {
        ClockUtil.offset(elapsed.toMillis());
        try {
            retention.run();
            return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Asia/Tokyo"));
        } finally {
            ClockUtil.reset();
        }
    }

    private Registration submitted(String name) {
        return registrations.importSubmitted("retention-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, name, "ホゾン ガゾウ"));
    }

    private void decide(Registration registration, String variables) throws Exception {
        String task = taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult().getId();
        EngineRest rest = new EngineRest(port);
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + task + "/claim",
                "{\"userId\":\"toto-staff\"}").statusCode()).isEqualTo(204);
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + task + "/submit-form",
                "{\"variables\":" + variables + "}").statusCode()).isEqualTo(204);
    }

    private WebClient staff(String lang) {
        WebClient client = new WebClient(base());
        client.setCookie(base(), "shomei-lang", lang);
        client.signInAsStaff("toto-staff", "Staff-Demo-2026");
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
