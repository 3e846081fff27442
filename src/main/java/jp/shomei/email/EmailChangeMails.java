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
    private final Clock clock;

    EmailChangeMails(EmailChangeRepository changes, AccountService accounts, OneTimeUrls urls, Mailer mailer,
            SiteProperties site, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.urls = urls;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** Issues the one-time URL and mails it to the new address; the token exists only in this mail. */
    public void sendConfirmationUrl(Long emailChangeId, Duration validity) {
        EmailChange change = changes.findById(emailChangeId).orElseThrow();
        String token = urls.issue(EmailChangeProcess.URL_PURPOSE, emailChangeId, validity);
        mailer.send(change.getNewEmail(), locale(change), "email-change-url", Map.of(
                "url", site.url("/account/email/confirm/" + token, locale(change)),
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN),
                "minutes", validity.toMinutes(),
                "changeUrl", site.url("/account/email", locale(change))));
    }

    /** Tells the old address that the account now logs in with another, and what to do if that was not its owner. */
    public void sendChangedNotice(Long emailChangeId) {
        EmailChange change = changes.findById(emailChangeId).orElseThrow();
        mailer.send(change.getOldEmail(), locale(change), "email-changed", Map.of(
                "newEmail", RegistrationMails.masked(change.getNewEmail()),
                "changedAt", ZonedDateTime.ofInstant(change.getClosedAt(), JAPAN),
                "loginUrl", site.url("/", locale(change))));
    }

    private Locale locale(EmailChange change) {
        Account account = accounts.find(change.getAccountId()).orElseThrow();
        return Locale.forLanguageTag(account.getLanguage());
    }
}
