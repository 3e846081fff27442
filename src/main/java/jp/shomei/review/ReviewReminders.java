package jp.shomei.review;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import jp.shomei.university.SchoolCatalog;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** When a review or another staff task has waited too long, and the reminder to the university's staff. */
@Service
public class ReviewReminders {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ReviewReminderProperties properties;
    private final IdentityService identityService;
    private final SchoolCatalog catalog;
    private final Mailer mailer;
    private final SiteProperties site;
    private final Clock clock;

    ReviewReminders(ReviewReminderProperties properties, IdentityService identityService, SchoolCatalog catalog,
            Mailer mailer, SiteProperties site, Clock clock) {
        this.properties = properties;
        this.identityService = identityService;
        this.catalog = catalog;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** The moment a review that starts now has waited the configured number of working days (Japan time). */
    public Date dueFromNow() {
        ZonedDateTime due = clock.instant().atZone(JAPAN);
        int workingDays = 0;
        while (workingDays < properties.afterWorkingDays()) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                workingDays++;
            }
        }
        return Date.from(due.toInstant());
    }

    /** Mails every member of the university's staff group who has an address; the task stays as it is. */
    public void remind(ReviewedApplications kind, Long applicationId) {
        ReviewedApplications.PendingReview pending = kind.pending(applicationId);
        remind("review-reminder", pending.reference(), pending.submittedAt(), pending.universityId());
    }

    /**
     * The reminder of a staff task (its mail template) that has waited the configured working days since
     * {@code since}, to every member of the university's staff group who has an address.
     */
    public void remind(String mail, String reference, Instant since, Long universityId) {
        String staffGroup = catalog.university(universityId).orElseThrow().getStaffGroup();
        List<User> staff = identityService.createUserQuery().memberOfGroup(staffGroup).list();
        for (User member : staff) {
            if (member.getEmail() != null && !member.getEmail().isBlank()) {
                mailer.send(member.getEmail(), Locale.JAPANESE, mail, Map.of(
                        "reference", reference,
                        "submittedAt", since.atZone(JAPAN),
                        "days", properties.afterWorkingDays(),
                        "tasklistUrl", site.url("/camunda/app/tasklist/")));
            }
        }
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !properties.holidays().contains(day);
    }
}
