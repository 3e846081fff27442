package jp.shomei.email;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.RegistrationMails;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails of a change of address; each is sent by its own asynchronous service task, in the account's language. */
@Service
@Transactional
public class EmailChangeMails {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final EmailChangeRepository changes;
    private final AccountService accounts;
    private final OneTimeUrls urls;
    private final Mailer mailer;
    private final SiteProperties site;
    private final SchoolCatalog schools;
    private final Clock clock;

    EmailChangeMails(EmailChangeRepository changes, AccountService accounts, OneTimeUrls urls, Mailer mailer,
            SiteProperties site, SchoolCatalog schools, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.urls = urls;
        this.mailer = mailer;
        this.site = site;
        this.schools = schools;
        this.clock = clock;
    }

    /**
     * Issues the one-time URL and mails it to the new address; the token exists only in this mail. A current
     * student's mail registers their first address or changes it, and its URL opens in any browser.
     */
    public void sendConfirmationUrl(Long emailChangeId, Duration validity) {
        EmailChange change = changes.findById(emailChangeId).orElseThrow();
        Account account = accounts.find(change.getAccountId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        String token = urls.issue(EmailChangeProcess.URL_PURPOSE, emailChangeId, validity);
        ZonedDateTime validUntil = ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN);
        if (account.isStudent()) {
            mailer.send(change.getNewEmail(), locale, account.getEmail() == null ? "student-mail-registration-url"
                    : "student-mail-change-url", Map.of(
                    "url", site.url("/students/mail-address/confirm/" + token, locale),
                    "validUntil", validUntil,
                    "minutes", validity.toMinutes()));
            return;
        }
        mailer.send(change.getNewEmail(), locale, "email-change-url", Map.of(
                "url", site.url("/account/email/confirm/" + token, locale),
                "validUntil", validUntil,
                "minutes", validity.toMinutes(),
                "changeUrl", site.url("/account/email", locale)));
    }

    /**
     * Tells the old address that the account now logs in with another, and what to do if that was not its owner; a
     * student's first address had none before.
     */
    public void sendChangedNotice(Long emailChangeId) {
        EmailChange change = changes.findById(emailChangeId).orElseThrow();
        if (change.getOldEmail() == null) {
            return;
        }
        mailer.send(change.getOldEmail(), locale(change), "email-changed", Map.of(
                "newEmail", RegistrationMails.masked(change.getNewEmail()),
                "changedAt", ZonedDateTime.ofInstant(change.getClosedAt(), JAPAN),
                "loginUrl", site.url(loginPath(change), locale(change))));
    }

    /** Where the account logs in: the graduates' login, or a current student's university's. */
    private String loginPath(EmailChange change) {
        Account account = accounts.find(change.getAccountId()).orElseThrow();
        return account.isStudent() ? schools.university(account.getUniversityId())
                .map(u -> "/students/" + u.getCode() + "/login").orElseThrow() : "/";
    }

    private Locale locale(EmailChange change) {
        Account account = accounts.find(change.getAccountId()).orElseThrow();
        return Locale.forLanguageTag(account.getLanguage());
    }
}
