package jp.shomei.password;

import static org.camunda.bpm.engine.variable.Variables.longValue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.shomei.account.Account;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.account.AccountSessions;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.password.PasswordResetProcess.Variables;
import jp.shomei.registration.UrlMailLimits;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.LoginThrottles;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of resetting a forgotten password (2.4(f)); the process keeps the request's state between the steps. */
@Service
@Transactional
public class PasswordResets {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountSessions sessions;
    private final PasswordResetRepository resets;
    private final OneTimeUrls urls;
    private final UrlMailLimits mailLimits;
    private final LoginThrottles throttles;
    private final AuditLog audit;
    private final RuntimeService runtimeService;
    private final PasswordResetMails mails;
    private final PasswordResetProperties properties;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, AccountService accountService, AccountSessions sessions,
            PasswordResetRepository resets, OneTimeUrls urls, UrlMailLimits mailLimits, LoginThrottles throttles,
            AuditLog audit, RuntimeService runtimeService, PasswordResetMails mails, PasswordResetProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.sessions = sessions;
        this.resets = resets;
        this.urls = urls;
        this.mailLimits = mailLimits;
        this.throttles = throttles;
        this.audit = audit;
        this.runtimeService = runtimeService;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A visitor asks for a reset. Registered or not, the address goes through the same limit check and the same
     * process start, so neither the answer nor its time tells a stranger whether it is registered; only for a
     * registered one does the process mail a URL. Beyond a limit nothing starts at all.
     */
    public void request(String email, String clientAddress) {
        String address = email.trim();
        // A current student's password is the university's; their account has none of Shomei's to reset.
        Optional<Account> account = accounts.findByEmailIgnoreCase(address).filter(a -> !a.isStudent());
        if (!mailLimits.allow(PasswordResetProcess.URL_PURPOSE, address, clientAddress)) {
            return;
        }
        Optional<PasswordReset> reset = account.map(a -> resets.save(new PasswordReset(a.getId(), clock.instant())));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(PasswordResetProcess.KEY)
                .businessKey(reset.map(r -> r.getId().toString()).orElse(null))
                .setVariable(Variables.REQUEST_ID, longValue(
                        reset.map(PasswordReset::getId).orElse(null)))
                .setVariable(Variables.ACCOUNT_ID, longValue(
                        account.map(Account::getId).orElse(null)))
                .setVariable(Variables.URL_VALIDITY, properties.urlValidity().toString())
                .execute();
        reset.ifPresent(r -> r.startedAs(instance.getId()));
    }

    /**
     * The request's mail job: the account's earlier requests end (their waits stop, and the new URL ends theirs),
     * then the new URL is mailed. Replacing happens here rather than at the request, so that asking does the same
     * work for every address. Jobs may run out of order: a request that a newer one's job already replaced mails
     * nothing, so only the newest URL ever works.
     */
    public void mailUrl(Long requestId, Duration validity) {
        PasswordReset reset = resets.findById(requestId).orElseThrow();
        if (reset.getStatus() != PasswordReset.Status.URL_SENT) {
            return;
        }
        for (PasswordReset earlier : resets.findByAccountIdAndStatus(reset.getAccountId(), PasswordReset.Status.URL_SENT)) {
            if (earlier.getId() < requestId) {
                earlier.finish(PasswordReset.Status.REPLACED, clock.instant());
            }
        }
        runtimeService.createMessageCorrelation(PasswordResetProcess.MESSAGE_REPLACED)
                .processInstanceVariableEquals(Variables.ACCOUNT_ID, reset.getAccountId())
                .correlateAllWithResult();
        mails.sendResetUrl(requestId, validity);
    }

    @Transactional(readOnly = true)
    public OneTimeUrlCheck checkUrl(String token) {
        return urls.check(token, PasswordResetProcess.URL_PURPOSE);
    }

    /** Whether the password is one of the account's passwords before the reset. */
    @Transactional(readOnly = true)
    public boolean isOldPassword(OneTimeUrlCheck check, String password) {
        return accountService.passwordMatches(check.token().getSubjectId(), password);
    }

    @Transactional(readOnly = true)
    public boolean isOldSecondPassword(OneTimeUrlCheck check, String secondPassword) {
        return accountService.secondPasswordMatches(check.token().getSubjectId(), secondPassword);
    }

    /**
     * Sets both passwords through a valid URL, which it uses up; the account's lock is lifted and all its sessions
     * end, the reset is logged, and the process mails the owner a notice.
     *
     * @return the outcome of the URL: {@code VALID} when the passwords were reset, else why not
     */
    public OneTimeUrlCheck.Outcome reset(String token, String password, String secondPassword, String clientAddress) {
        OneTimeUrlCheck check = checkUrl(token);
        if (!check.valid()) {
            return check.outcome();
        }
        if (!urls.consume(check.token())) {
            return checkUrl(token).outcome();
        }
        Long accountId = check.token().getSubjectId();
        Account account = accounts.findById(accountId).orElseThrow();
        accountService.setPasswords(accountId, password, secondPassword);
        sessions.endAll(accountId);
        throttles.lift(account.getEmail());
        audit.record(AuthEvent.Type.PASSWORD_RESET, accountId, account.getEmail(), clientAddress);
        for (PasswordReset open : resets.findByAccountIdAndStatus(accountId, PasswordReset.Status.URL_SENT)) {
            open.finish(PasswordReset.Status.DONE, clock.instant());
            runtimeService.createMessageCorrelation(PasswordResetProcess.MESSAGE_PASSWORDS_RESET)
                    .processInstanceBusinessKey(open.getId().toString())
                    .correlateAllWithResult();
        }
        return OneTimeUrlCheck.Outcome.VALID;
    }

    /** The wait ran out: the request counts as expired (its URL's own expiry is checked by the clock). */
    public void expire(Long requestId) {
        resets.findById(requestId).orElseThrow().finish(PasswordReset.Status.EXPIRED, clock.instant());
    }
}
