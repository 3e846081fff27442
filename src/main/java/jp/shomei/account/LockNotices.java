package jp.shomei.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.LoginLockNoticeProcess.Variables;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Tells an account's owner that repeated failed logins locked it, by the process in login-lock-notice.bpmn. */
@Component
class LockNotices {

    private static final Logger log = LoggerFactory.getLogger(LockNotices.class);

    private final AccountRepository accounts;
    private final Mailer mailer;
    private final SiteProperties site;
    private final RuntimeService runtimeService;

    LockNotices(AccountRepository accounts, Mailer mailer, SiteProperties site, RuntimeService runtimeService) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the notice's process on another thread, so that the login neither waits for the engine (nor takes
     * longer when it locks) nor fails with it; from there the mail is a retried job.
     */
    @Async
    public void send(Long accountId, Instant until) {
        try {
            runtimeService.createProcessInstanceByKey(LoginLockNoticeProcess.KEY)
                    .setVariable(Variables.ACCOUNT_ID, accountId)
                    .setVariable(Variables.LOCKED_UNTIL, Date.from(until))
                    .execute();
        } catch (RuntimeException e) {
            log.error("Lock notice for account {} could not be started", accountId, e);
        }
    }

    /** The notice itself; a failure propagates, so the job is retried and finally shows as an incident. */
    public void mail(Long accountId, Instant until) {
        accounts.findById(accountId).ifPresent(account -> {
            Locale locale = Locale.forLanguageTag(account.getLanguage());
            mailer.send(account.getEmail(), locale, "login-locked", Map.of(
                    "until", until.atZone(ZoneId.of("Asia/Tokyo")),
                    "resetUrl", site.url("/password/forgotten", locale)));
        });
    }
}
