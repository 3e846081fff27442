package jp.shomei.studentid;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails of a student ID application, to the account's address in its language; reasons come from the decision. */
@Service
@Transactional(readOnly = true)
public class StudentIdMails {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final StudentIdApplicationRepository applications;
    private final StudentIdDecisionRepository decisions;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final Mailer mailer;
    private final SiteProperties site;
    private final OneTimeUrls urls;
    private final Clock clock;

    StudentIdMails(StudentIdApplicationRepository applications, StudentIdDecisionRepository decisions,
            AccountService accounts, SchoolCatalog catalog, Mailer mailer, SiteProperties site, OneTimeUrls urls,
            Clock clock) {
        this.applications = applications;
        this.decisions = decisions;
        this.accounts = accounts;
        this.catalog = catalog;
        this.mailer = mailer;
        this.site = site;
        this.urls = urls;
        this.clock = clock;
    }

    /** "Send": the one-time URL of the school-record form; issuing it ends the application's earlier URLs. */
    public void sendFormUrl(Long applicationId, Duration validity) {
        StudentIdApplication application = applications.findById(applicationId).orElseThrow();
        Account account = accounts.find(application.getAccountId()).orElseThrow();
        String token = urls.issue(AddStudentIdProcess.URL_PURPOSE, applicationId, validity);
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        mailer.send(account.getEmail(), locale, "student-id-url", Map.of(
                "url", site.url("/account/student-ids/url/" + token, locale),
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN),
                "minutes", validity.toMinutes(),
                "askUrl", site.url("/account/student-ids", locale)));
    }

    public void sendApproval(Long applicationId) {
        send(applicationId, "student-id-approved", locale -> Map.of("homeUrl", site.url("/home", locale)));
    }

    public void sendAlreadyRegistered(Long applicationId) {
        send(applicationId, "student-id-already-registered",
                locale -> Map.of("homeUrl", site.url("/home", locale)));
    }

    public void sendRejection(Long applicationId) {
        send(applicationId, "student-id-rejected", locale -> Map.of("reason", reason(applicationId)));
    }

    public void sendResubmissionRequest(Long applicationId, Duration wait) {
        send(applicationId, "student-id-resubmission", locale -> Map.of(
                "reason", reason(applicationId),
                "url", site.url("/account/student-ids", locale),
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(wait), JAPAN)));
    }

    private String reason(Long applicationId) {
        return decisions.findFirstByApplicationIdOrderByDecidedAtDescIdDesc(applicationId)
                .map(StudentIdDecision::getReason).orElse("-");
    }

    private void send(Long applicationId, String name, Function<Locale, Map<String, Object>> extra) {
        StudentIdApplication application = applications.findById(applicationId).orElseThrow();
        Account account = accounts.find(application.getAccountId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        Map<String, Object> model = new HashMap<>(extra.apply(locale));
        model.put("studentNumber", application.getStudentNumber());
        model.put("university", catalog.university(application.getUniversityId()).map(u -> u.name(locale)).orElse(""));
        model.put("reference", StudentIdReviews.reference(application));
        mailer.send(account.getEmail(), locale, name, model);
    }
}
