package jp.shomei.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.shomei.account.Account;
import jp.shomei.account.AccountProperties;
import jp.shomei.account.AccountService;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import jp.shomei.onetime.OneTimeUrls;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registration's mails; each is sent by its own asynchronous service task. */
@Service
@Transactional
public class RegistrationMails {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RegistrationRepository registrations;
    private final OneTimeUrls urls;
    private final Mailer mailer;
    private final SiteProperties site;
    private final AccountService accounts;
    private final AccountProperties accountProperties;
    private final Clock clock;

    RegistrationMails(RegistrationRepository registrations, OneTimeUrls urls, Mailer mailer, SiteProperties site,
            AccountService accounts, AccountProperties accountProperties, Clock clock) {
        this.registrations = registrations;
        this.urls = urls;
        this.mailer = mailer;
        this.site = site;
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.clock = clock;
    }

    /** Issues a new one-time URL and mails it; the token exists only in this mail. */
    public void sendOneTimeUrl(Long registrationId, Duration validity) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        String token = urls.issue(RegistrationProcess.URL_PURPOSE, registrationId, validity);
        mailer.send(registration.getEmail(), registration.locale(), "registration-url", Map.of(
                "url", site.url("/register/" + token, registration.locale()),
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN),
                "minutes", validity.toMinutes()));
    }

    public void sendResubmissionRequest(Long registrationId, String reason, Duration validity) {
        String token = urls.issue(RegistrationProcess.URL_PURPOSE, registrationId, validity);
        Registration registration = registrations.findById(registrationId).orElseThrow();
        mailer.send(registration.getEmail(), registration.locale(), "registration-resubmission", Map.of(
                "receptionNumber", registration.receptionNumber(),
                "url", site.url("/register/" + token, registration.locale()),
                "reason", reason,
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(validity), JAPAN),
                "minutes", validity.toMinutes()));
    }

    public void sendApproval(Long registrationId, String initialPassword, Duration passwordValidity) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        mailer.send(registration.getEmail(), registration.locale(), "registration-approved", Map.of(
                "receptionNumber", registration.receptionNumber(),
                "loginUrl", site.url("/", registration.locale()),
                "email", registration.getEmail(),
                "initialPassword", initialPassword,
                "validUntil", ZonedDateTime.ofInstant(clock.instant().plus(passwordValidity), JAPAN)));
    }

    /**
     * Issues a new initial password and mails it in the same transaction, so a failed mail leaves no password
     * that nobody received, and the job's retry issues another. False when the passwords were set meanwhile.
     */
    public boolean sendReissuedInitialPassword(Long accountId) {
        Optional<String> password = accounts.reissueInitialPassword(accountId);
        if (password.isEmpty()) {
            return false;
        }
        Account account = accounts.find(accountId).orElseThrow();
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        mailer.send(account.getEmail(), locale, "initial-password-reissued",
                Map.of("loginUrl", site.url("/", locale),
                        "email", account.getEmail(),
                        "initialPassword", password.get(),
                        "validUntil", ZonedDateTime.ofInstant(
                                clock.instant().plus(accountProperties.initialPasswordValidity()), JAPAN)));
        return true;
    }

    public void sendRejection(Long registrationId, String reason) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        mailer.send(registration.getEmail(), registration.locale(), "registration-rejected", Map.of(
                "receptionNumber", registration.receptionNumber(),
                "reason", reason,
                "registerUrl", site.url("/register", registration.locale())));
    }

    public void sendOldAddressNotice(Long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        mailer.send(registration.getPreviousEmail(), registration.locale(), "registration-address-moved", Map.of(
                "newEmail", masked(registration.getEmail()),
                "loginUrl", site.url("/", registration.locale())));
    }

    /** Shows enough of an address to recognise it, not enough to harvest it. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return "*" + email.substring(Math.max(at, 0));
        }
        return email.charAt(0) + "*".repeat(at - 1) + email.substring(at);
    }
}
