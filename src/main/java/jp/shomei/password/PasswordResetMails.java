package jp.shomei.password;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.Account;
import jp.shomei.account.AccountRepository;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import jp.shomei.onetime.OneTimeUrls;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The password reset's mails, in the account's language; each is sent by its own asynchronous service task. */
@Service
@Transactional
public class PasswordResetMails {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final OneTimeUrls urls;
    private final Mailer mailer;
    private final SiteProperties site;
    private final Clock clock;

    PasswordResetMails(PasswordResetRepository resets, AccountRepository accounts, OneTimeUrls urls, Mailer mailer,
            SiteProperties site, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.urls = urls;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** Issues the account's new one-time URL, which ends its earlier ones, and mails it; the token is only in the mail. */
    public void sendResetUrl(Long requestId, Duration validity) {
        Account account = accountOf(requestId);
        String token = urls.issue(PasswordResetProcess.URL_PURPOSE, account.getId(), validity);
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        mailer.send(account.getEmail(), locale, "password-reset-url", Map.of(
                "url", site.url("/password/reset/" + token, locale),
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN),
                "minutes", validity.toMinutes()));
    }

    /** Tells the owner that the passwords were reset, so that a reset by someone else does not go unnoticed. */
    public void sendResetNotice(Long requestId) {
        Account account = accountOf(requestId);
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        mailer.send(account.getEmail(), locale, "password-reset-done", Map.of(
                "loginUrl", site.url("/", locale),
                "resetUrl", site.url("/password/forgotten", locale)));
    }

    private Account accountOf(Long requestId) {
        return accounts.findById(resets.findById(requestId).orElseThrow().getAccountId()).orElseThrow();
    }
}
