package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.shomei.document.DocumentSide;
import jp.shomei.retention.RetentionJob;
import jp.shomei.review.ReviewDecision;
import jp.shomei.support.EngineRest;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rejected and expired registrations lose who the applicant is 90 days after they closed (on the engine's clock);
 * the decision, who made it and when, stays, and an approved registration, which became the account, is kept whole.
 */
@ShomeiTest
class ClosedRegistrationRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationRepository repository;

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

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldAnonymiseRejectedAndExpiredRegistrationsNinetyDaysAfterTheyClosed() throws Exception {
        Registration rejected = submitted("却下 匿名");
        Registration approved = submitted("承認 保持");
        decide(rejected, "reject");
        decide(approved, "approve");
        awaitStatus(approved, RegistrationStatus.APPROVED);
        Registration expired = new Registration("expired-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                clock.instant());
        expired.expired(clock.instant());
        expired = repository.save(expired);

        runAfter(Duration.ofDays(89));
        assertThat(reload(rejected).getNameKanji()).isEqualTo("却下 匿名");
        assertThat(reload(expired).getAnonymisedAt()).isNull();

        runAfter(Duration.ofDays(91));
        Registration anonymised = reload(rejected);
        assertThat(anonymised.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(anonymised.getAnonymisedAt()).isNotNull();
        assertThat(anonymised.getEmail()).isEmpty();
        assertThat(anonymised.getNameKanji()).isNull();
        assertThat(anonymised.getNameKana()).isNull();
        assertThat(anonymised.getBirthDate()).isNull();
        assertThat(anonymised.getStudentNumber()).isNull();
        assertThat(anonymised.getPersonal()).isNull();
        assertThat(anonymised.getUniversityId()).isEqualTo(rejected.getUniversityId());
        assertThat(registrations.document(rejected.getId(), DocumentSide.FRONT)).isEmpty();
        assertThat(decisions.findByRegistrationIdOrderByDecidedAtAsc(rejected.getId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.getDecision()).isEqualTo(ReviewDecision.REJECT);
                    assertThat(d.getDecidedBy()).isEqualTo("toto-staff");
                });
        assertThat(reload(expired).getEmail()).isEmpty();
        assertThat(reload(expired).getAnonymisedAt()).isNotNull();

        Registration kept = reload(approved);
        assertThat(kept.getNameKanji()).isEqualTo("承認 保持");
        assertThat(kept.getEmail()).isEqualTo(approved.getEmail());
        assertThat(kept.getPersonal()).isNotNull();
        assertThat(kept.getAnonymisedAt()).isNull();
    }

    private void runAfter(Duration elapsed) {
        ClockUtil.offset(elapsed.toMillis());
        try {
            retention.run();
        } finally {
            ClockUtil.reset();
        }
    }

    private Registration reload(Registration registration) {
        return repository.findById(registration.getId()).orElseThrow();
    }

    private void awaitStatus(Registration registration, RegistrationStatus status) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (reload(registration).getStatus() != status && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(reload(registration).getStatus()).isEqualTo(status);
    }

    private Registration submitted(String name) {
        return registrations.importSubmitted("closed-" + System.nanoTime() + "@example.jp", Locale.JAPANESE,
                TestApplications.totoApplication(universities, catalog, name, "トクメイ カ"));
    }

    private void decide(Registration registration, String decision) throws Exception {
        String task = taskService.createTaskQuery().processDefinitionKey(RegistrationReviewProcess.KEY)
                .processInstanceBusinessKey(registration.getId().toString()).singleResult().getId();
        EngineRest rest = new EngineRest(port);
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + task + "/claim",
                "{\"userId\":\"toto-staff\"}").statusCode()).isEqualTo(204);
        String reason = decision.equals("approve") ? "" : ",\"decisionReason\":{\"value\":\"Not enrolled\"}";
        assertThat(rest.call("toto-staff", "Staff-Demo-2026", "POST", "/task/" + task + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"" + decision + "\"}" + reason + "}}").statusCode())
                .isEqualTo(204);
    }
}
