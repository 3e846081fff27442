package jp.shomei.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Predicate;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.RegistrationStatus;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change of the login address while signed in (2.4(b)): a request mails a one-time URL to the new address, and
 * opening it as the same account changes the address. Whether an address is free is decided at the request and
 * again at the confirmation, since another account may have taken it meanwhile.
 */
@Service
@Transactional
public class EmailChangeService {

    private static final int CONFIRMATION_WAIT_POLLS = 50;
    private static final Duration CONFIRMATION_WAIT_POLL = Duration.ofMillis(100);

    public enum RequestOutcome { SENT, SAME_AS_CURRENT, UNAVAILABLE, TOO_MANY }

    public enum ConfirmOutcome { CHANGED, EXPIRED, CONSUMED, UNKNOWN, OTHER_ACCOUNT, UNAVAILABLE }

    /** {@code first}: the account had no address before (a student's first, manual 2.1). */
    public record Confirmation(ConfirmOutcome outcome, Long accountId, String newEmail, boolean first) {

        Confirmation(ConfirmOutcome outcome) {
            this(outcome, null, null, false);
        }
    }

    /** Registrations submitted and not yet decided would open or move an account to their address. */
    private static final EnumSet<RegistrationStatus> UNDERWAY = EnumSet.of(RegistrationStatus.UNDER_REVIEW,
            RegistrationStatus.RESUBMISSION_REQUESTED);

    private final EmailChangeRepository changes;
    private final AccountService accounts;
    private final OneTimeUrls urls;
    private final RuntimeService runtimeService;
    private final AuditLog audit;
    private final EmailChangeProperties properties;
    private final Clock clock;

    EmailChangeService(EmailChangeRepository changes, AccountService accounts, OneTimeUrls urls,
            RuntimeService runtimeService, AuditLog audit, EmailChangeProperties properties, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.urls = urls;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a change to the new address, replacing the account's earlier request; the current one stays. */
    @Retryable(retryFor = OptimisticLockingException.class, maxAttempts = 4,
            backoff = @Backoff(delay = 50, multiplier = 2))
    public RequestOutcome request(Long accountId, String newEmail) {
        Account account = accounts.find(accountId).orElseThrow();
        String email = newEmail.trim();
        if (email.equalsIgnoreCase(account.getEmail())) {
            return RequestOutcome.SAME_AS_CURRENT;
        }
        if (unavailable(email)) {
            return RequestOutcome.UNAVAILABLE;
        }
        Instant now = clock.instant();
        if (changes.countByAccountIdAndRequestedAtAfter(accountId, now.minus(properties.urlValidity()))
                >= properties.requestsPerAccount()) {
            return RequestOutcome.TOO_MANY;
        }
        for (EmailChange earlier : changes.findByAccountIdAndStatus(accountId, EmailChangeStatus.PENDING)) {
            earlier.close(EmailChangeStatus.REPLACED, now);
            // Reaches the earlier process wherever it is, also before its mail went out; none if it just ended.
            runtimeService.createMessageCorrelation(EmailChangeProcess.MESSAGE_REPLACED)
                    .processInstanceId(earlier.getProcessInstanceId())
                    .correlateAll();
        }
        EmailChange change = changes.save(new EmailChange(accountId, email, now));
        change.started(runtimeService.startProcessInstanceByKey(EmailChangeProcess.KEY, String.valueOf(change.getId()),
                EmailChangeProcess.startVariables(change.getId(), properties.urlValidity())).getId());
        return RequestOutcome.SENT;
    }

    /**
     * The URL opened by the signed-in account: changes its address, tells the process (which tells the old address)
     * and keeps the change in the audit log. Another account's opening leaves the URL as it was.
     */
    public Confirmation confirm(String token, Long signedInAccountId, String clientAddress) {
        return confirm(token, change -> change.getAccountId().equals(signedInAccountId), clientAddress);
    }

    /**
     * A current student's URL (their first address, manual 2.1, or a new one, 2.3(a)), opened in any browser: the
     * student asked for it signed in at the university's directory, and the mailbox proves the address. The student
     * signs in again afterwards.
     */
    public Confirmation confirmForStudent(String token, String clientAddress) {
        return confirm(token, change -> accounts.find(change.getAccountId()).map(Account::isStudent).orElse(false),
                clientAddress);
    }

    private Confirmation confirm(String token, Predicate<EmailChange> mayConfirm, String clientAddress) {
        OneTimeUrlCheck check = urls.check(token, EmailChangeProcess.URL_PURPOSE);
        if (!check.valid()) {
            return refused(check.outcome());
        }
        EmailChange change = changes.findById(check.token().getSubjectId()).orElseThrow();
        if (!mayConfirm.test(change)) {
            return new Confirmation(ConfirmOutcome.OTHER_ACCOUNT);
        }
        if (!change.pending()) {
            return new Confirmation(ConfirmOutcome.CONSUMED);
        }
        if (unavailable(change.getNewEmail())) {
            return new Confirmation(ConfirmOutcome.UNAVAILABLE);
        }
        if (!urls.consume(check.token())) {
            return refused(urls.check(token, EmailChangeProcess.URL_PURPOSE).outcome());
        }
        String oldEmail = accounts.changeEmail(change.getAccountId(), change.getNewEmail());
        change.changed(oldEmail, clock.instant());
        audit.record(AuthEvent.Type.EMAIL_CHANGED, change.getAccountId(),
                oldEmail == null ? change.getNewEmail() : oldEmail, clientAddress);
        awaitConfirmationWait(change);
        runtimeService.createMessageCorrelation(EmailChangeProcess.MESSAGE_CONFIRMED)
                .processInstanceBusinessKey(String.valueOf(change.getId()))
                .correlate();
        return new Confirmation(ConfirmOutcome.CHANGED, change.getAccountId(), change.getNewEmail(), oldEmail == null);
    }

    /**
     * The mail job commits its URL first and moves the process on to the wait only after the mail went out, so a
     * quick click may come while that job is still committing: wait for it a little rather than fail the click.
     */
    private void awaitConfirmationWait(EmailChange change) {
        for (int i = 0; i < CONFIRMATION_WAIT_POLLS && runtimeService.createExecutionQuery()
                .processInstanceId(change.getProcessInstanceId())
                .activityId(EmailChangeProcess.Elements.WAIT_FOR_CONFIRMATION).count() == 0; i++) {
            try {
                Thread.sleep(CONFIRMATION_WAIT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The URL's time ran out before it was opened. */
    public void expire(Long emailChangeId) {
        EmailChange change = changes.findById(emailChangeId).orElseThrow();
        if (change.pending()) {
            change.close(EmailChangeStatus.EXPIRED, clock.instant());
        }
    }

    private boolean unavailable(String email) {
        return accounts.emailTaken(email)
                || changes.countRegistrationsFor(email.toLowerCase(Locale.ROOT), UNDERWAY) > 0;
    }

    private static Confirmation refused(OneTimeUrlCheck.Outcome outcome) {
        return new Confirmation(switch (outcome) {
            case EXPIRED -> ConfirmOutcome.EXPIRED;
            case CONSUMED -> ConfirmOutcome.CONSUMED;
            default -> ConfirmOutcome.UNKNOWN;
        });
    }
}
