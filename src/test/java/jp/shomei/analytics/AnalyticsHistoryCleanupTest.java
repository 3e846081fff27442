package jp.shomei.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.shomei.registration.Registration;
import jp.shomei.registration.RegistrationProcess;
import jp.shomei.registration.RegistrationService;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's own history cleanup, run as at night once the history's time to live (180 days) has passed, removes
 * the applications' history and leaves every figure as it was. The walk happens in 2020 so that the cleanup, which
 * takes whatever is due, finds only this test's instances due.
 */
@ShomeiTest
class AnalyticsHistoryCleanupTest {

    private static final ZonedDateTime WALK = ZonedDateTime.of(2020, 2, 3, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
    private static final YearMonth MONTH = YearMonth.of(2020, 2);

    @Autowired
    AnalyticsFigures figures;

    @Autowired
    RegistrationService registrations;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldKeepEveryFigureAfterTheEnginesHistoryCleanup() {
        at(Duration.ZERO);
        Registration first = submitted();
        Registration second = submitted();
        at(Duration.ofHours(2));
        reject(first);
        at(Duration.ofHours(5));
        reject(second);
        Set<String> instances = new HashSet<>();
        for (Registration registration : List.of(first, second)) {
            instances.add(registration.getProcessInstanceId());
            historyService.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(registration.getProcessInstanceId()).list()
                    .forEach(review -> instances.add(review.getId()));
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(instances).finished()
                .count()).isEqualTo(4);
        List<FunnelRow> funnel = figures.funnel(MONTH, MONTH);
        List<LeadTime> tasks = figures.taskTimes(MONTH, MONTH);
        List<LeadTime> decisions = figures.decisionTimes(MONTH, MONTH);
        List<MailRow> mail = figures.mail(MONTH, MONTH);
        assertThat(funnel).filteredOn(row -> row.processKey().equals(RegistrationProcess.KEY)).singleElement()
                .satisfies(row -> {
                    assertThat(row.started()).isEqualTo(2);
                    assertThat(row.outcomes()).containsExactly(Map.entry("rejected", 2L));
                });
        assertThat(tasks).singleElement().extracting(LeadTime::count, LeadTime::median, LeadTime::p90)
                .containsExactly(2, Duration.ofHours(2), Duration.ofHours(5));
        assertThat(decisions).singleElement().extracting(LeadTime::count).isEqualTo(2);
        assertThat(mail).isNotEmpty();

        at(Duration.ofDays(181));
        historyService.cleanUpHistoryAsync(true);
        for (int round = 0; round < 100 && historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(instances).count() > 0; round++) {
            historyService.findHistoryCleanupJobs().forEach(job -> run(job));
            pause();
        }

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(instances).count())
                .as("the engine's history of the walk").isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(first.getProcessInstanceId())
                .count()).isZero();
        assertThat(figures.funnel(MONTH, MONTH)).isEqualTo(funnel);
        assertThat(figures.taskTimes(MONTH, MONTH)).isEqualTo(tasks);
        assertThat(figures.decisionTimes(MONTH, MONTH)).isEqualTo(decisions);
        assertThat(figures.mail(MONTH, MONTH)).isEqualTo(mail);
    }

    private void at(Duration sinceWalk) {
        ClockUtil.setCurrentTime(Date.from(WALK.toInstant().plus(sinceWalk)));
    }

    private Registration submitted() {
        Registration registration = registrations.importSubmitted("cleanup-" + System.nanoTime() + "@example.jp",
                Locale.JAPANESE, TestApplications.totoApplication(universities, catalog, "整理 花子", "セイリ ハナコ"));
        settle(registration);
        return registration;
    }

    private void reject(Registration registration) {
        String review = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(registration.getProcessInstanceId()).singleResult().getId();
        Task task = taskService.createTaskQuery().processInstanceId(review).singleResult();
        taskService.claim(task.getId(), "toto-staff");
        taskService.complete(task.getId(), Map.of(RegistrationProcess.Variables.DECISION, "reject",
                RegistrationProcess.Variables.DECISION_REASON, "書類の写真が不鮮明です。"));
        settle(registration);
    }

    /** Runs the instance's due jobs (mails) now, whether or not the job executor got there first. */
    private void settle(Registration registration) {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = managementService.createJobQuery()
                    .processInstanceId(registration.getProcessInstanceId()).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(this::run);
            pause();
        }
        throw new AssertionError("jobs of " + registration.getProcessInstanceId() + " kept coming");
    }

    private void run(Job job) {
        try {
            managementService.executeJob(job.getId());
        } catch (RuntimeException e) {
            // The job executor, which sees the moved clock too, ran it concurrently.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
