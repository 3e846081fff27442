package jp.shomei.security;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.AccountRepository;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Tells an account's owner that repeated failed logins locked it; sent beside the login, never delaying it. */
@Component
class LockNotices {

    private static final Logger log = LoggerFactory.getLogger(LockNotices.class);

    private final AccountRepository accounts;
    private final Mailer mailer;
    private final SiteProperties site;

    LockNotices(AccountRepository accounts, Mailer mailer, SiteProperties site) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
    }

    @Async
    public void send(Long accountId, Instant until) {
        accounts.findById(accountId).ifPresent(account -> {
            try {
                mailer.send(account.getEmail(), Locale.forLanguageTag(account.getLanguage()), "login-locked", Map.of(
                        "until", until.atZone(ZoneId.of("Asia/Tokyo")),
                        "resetUrl", site.url("/password/forgotten")));
            } catch (RuntimeException e) {
                log.warn("Lock notice for account {} could not be sent", accountId, e);
            }
        });
    }
}
