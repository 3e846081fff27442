package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.shomei.review.ReviewReminders;
import com.icegreen.greenmail.util.GreenMail;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
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
    RuntimeService runtimeService;

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
                Locale.JAPANESE, TestApplications.totoApplication(universities, catalog, "遠藤 学", "エンドウ マナブ"));
        String instance = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();

        ClockUtil.offset(Duration.ofDays(6).toMillis());
        execute(instance, RegistrationReviewProcess.Elements.REVIEW_OVERDUE);
        execute(instance, RegistrationReviewProcess.Elements.SEND_REVIEW_REMINDER);

        String mail = new Mailbox(greenMail).awaitMailContaining("toto-staff@shomei.example",
                "R-" + registration.getId() + " ");
        assertThat(mail).contains("/camunda/app/tasklist/");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    }
}
