package jp.shomei.studentid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.registration.LeavingType;
import jp.shomei.retention.RetentionJob;
import jp.shomei.review.ReviewDecision;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Student ID applications follow the same retention as registrations: images 30 days after the final decision,
 * the student ID applied for 90 days after a rejection; an approved one keeps it, and the decisions stay.
 */
@ShomeiTest
class StudentIdRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    StudentIdApplicationRepository applications;

    @Autowired
    StudentIdDocumentRepository documents;

    @Autowired
    StudentIdDecisionRepository decisions;

    @Autowired
    AccountService accounts;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RetentionJob retention;

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldDeleteImagesAfterTheFinalDecisionAndTheStudentIdAfterARejection() {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        Account graduate = TestApplications.totoGraduate(accounts, universities, catalog,
                "sid-retention-" + suffix + "@example.jp", "保存 学", "ホゾン マナブ", "R" + suffix);
        StudentIdApplication rejected = decided(graduate, "X" + suffix, ReviewDecision.REJECT, StudentIdStatus.REJECTED);
        StudentIdApplication approved = decided(graduate, "Y" + suffix, ReviewDecision.APPROVE,
                StudentIdStatus.APPROVED);
        StudentIdApplication resubmit = decided(graduate, "Z" + suffix, ReviewDecision.RESUBMIT,
                StudentIdStatus.RESUBMISSION_REQUESTED);

        runAfter(Duration.ofDays(29));
        assertThat(documents.existsByApplicationIdAndSide(rejected.getId(), DocumentSide.FRONT)).isTrue();

        runAfter(Duration.ofDays(31));
        assertThat(documents.existsByApplicationIdAndSide(rejected.getId(), DocumentSide.FRONT)).isFalse();
        assertThat(documents.existsByApplicationIdAndSide(approved.getId(), DocumentSide.FRONT)).isFalse();
        assertThat(documents.existsByApplicationIdAndSide(resubmit.getId(), DocumentSide.FRONT)).isTrue();
        assertThat(reload(rejected).getStudentNumber()).isEqualTo("X" + suffix);

        WebClient staff = new WebClient(base());
        staff.setCookie(base(), "shomei-lang", "en");
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        ResponseEntity<String> image = staff.get("/staff/student-ids/" + rejected.getId() + "/documents/front");
        assertThat(image.getStatusCode().value()).isEqualTo(404);
        assertThat(image.getBody()).contains("Identity-document images deleted");

        runAfter(Duration.ofDays(91));
        assertThat(reload(rejected).getStudentNumber()).isNull();
        assertThat(reload(rejected).getAnonymisedAt()).isNotNull();
        assertThat(reload(approved).getStudentNumber()).isEqualTo("Y" + suffix);
        assertThat(reload(approved).getAnonymisedAt()).isNull();
        assertThat(reload(resubmit).getStudentNumber()).isEqualTo("Z" + suffix);
        assertThat(decisions.findByApplicationIdOrderByDecidedAtAsc(rejected.getId())).singleElement()
                .satisfies(d -> assertThat(d.getDecidedBy()).isEqualTo("toto-staff"));
    }

    /** An application as the review leaves it: its image, the decision and the status that follows. */
    private StudentIdApplication decided(Account graduate, String studentNumber, ReviewDecision decision,
            StudentIdStatus status) {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        StudentIdForm form = new StudentIdForm();
        form.setUniversityId(toto.getId());
        form.setDepartmentId(department);
        form.setSubjectId(catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId());
        form.setDegreeProgramId(catalog.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        form.setStudentNumber(studentNumber);
        form.setSchoolNameKanji("保存 学");
        form.setGraduation(YearMonth.of(2014, 3));
        form.setLeavingType(LeavingType.GRADUATED);
        form.setDocumentTypeId(catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        StudentIdApplication application = new StudentIdApplication(graduate.getId(), clock.instant());
        application.take(form, clock.instant());
        application = applications.save(application);
        documents.save(new StudentIdDocument(application.getId(), DocumentSide.FRONT,
                new IdentityDocumentImage("image/png", 640, 400, TestImages.png())));
        decisions.save(new StudentIdDecision(application.getId(), decision, "Reason", "toto-staff", clock.instant(),
                null));
        if (status == StudentIdStatus.APPROVED) {
            application.approved(null, clock.instant());
        } else if (status == StudentIdStatus.REJECTED) {
            application.close(status, clock.instant());
        } else {
            application.setStatus(status);
        }
        return applications.save(application);
    }

    private StudentIdApplication reload(StudentIdApplication application) {
        return applications.findById(application.getId()).orElseThrow();
    }

    private void runAfter(Duration elapsed) {
        ClockUtil.offset(elapsed.toMillis());
        try {
            retention.run();
        } finally {
            ClockUtil.reset();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
