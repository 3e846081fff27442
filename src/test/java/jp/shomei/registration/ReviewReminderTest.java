package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestImages;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review that waits more than 3 working days reminds the university's staff by mail; the task stays. */
@ShomeiTest
class ReviewReminderTest {

    @Autowired
    ReviewReminders reminders;

    @Autowired
    RegistrationService registrations;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    GreenMail greenMail;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Runs the element's job now, unless the job executor, which sees the moved clock too, got there first. */
    private void execute(String instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        if (job == null) {
            return;
        }
        try {
            managementService.executeJob(job.getId());
        } catch (ProcessEngineException e) {
            // The job executor ran it concurrently (optimistic locking) or it is gone already.
        }
    }

    private RegistrationDraft completeDraft() {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        ApplicationForm form = new ApplicationForm();
        form.setNameKanji("遠藤 学");
        form.setNameKana("エンドウ マナブ");
        form.setBirthDate(LocalDate.of(1993, 6, 1));
        form.setUniversityId(toto.getId());
        form.setDepartmentId(department);
        form.setSubjectId(catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId());
        form.setDegreeProgramId(catalog.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        form.setGraduation(YearMonth.of(2016, 3));
        form.setLeavingType(LeavingType.GRADUATED);
        form.setPostalCode("100-0001");
        form.setPrefecture("東京都");
        form.setCity("千代田区");
        form.setStreet("千代田1-1");
        form.setPhone("03-1111-2222");
        form.setMobile("090-1111-2222");
        form.setContactEmail("overdue@example.jp");
        form.setIntendedUse("就職活動");
        form.setSubmissionPlace("株式会社サンプル");
        form.setDocumentTypeId(catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        return new RegistrationDraft(form, new IdentityDocumentImage("image/png", 640, 400, TestImages.png()), null);
    }

    @Test
    void shouldCountOnlyWorkingDays() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
        ZonedDateTime due = reminders.dueFromNow().toInstant().atZone(ZoneId.of("Asia/Tokyo"));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(Duration.between(friday, due).toDays()).isEqualTo(5);
    }

    @Test
    void shouldMailTheStaffOfTheUniversityWhenAReviewIsOverdue() {
        Registration registration = registrations.importSubmitted("overdue-" + System.nanoTime() + "@example.jp",
                Locale.JAPANESE, completeDraft());
        String instance = registration.getProcessInstanceId();

        ClockUtil.offset(Duration.ofDays(6).toMillis());
        execute(instance, RegistrationProcess.Elements.REVIEW_OVERDUE);
        execute(instance, RegistrationProcess.Elements.SEND_REVIEW_REMINDER);

        String mail = new Mailbox(greenMail).awaitMailContaining("toto-staff@shomei.example",
                "R-" + registration.getId() + " ");
        assertThat(mail).contains("/camunda/app/tasklist/");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    }
}
