package jp.shomei.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per account (case-insensitive address) and per client address, and refuses while blocked. */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottles {

    private static final String ACCOUNT_PREFIX = "account:";

    private final LoginThrottleRepository throttles;
    private final LoginThrottleProperties policy;
    private final Clock clock;

    LoginThrottles(LoginThrottleRepository throttles, LoginThrottleProperties policy, Clock clock) {
        this.throttles = throttles;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean blocked(String email, String clientAddress) {
        Instant now = clock.instant();
        return throttles.findById(accountKey(email)).map(t -> t.blockedAt(now)).orElse(false)
                || throttles.findById(clientKey(clientAddress)).map(t -> t.blockedAt(now)).orElse(false);
    }

    /** Counts a failure for both; returns when the account's lock ends if this failure started one. */
    public Optional<Instant> recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        fail(clientKey(clientAddress), now, policy.client());
        LoginThrottle account = throttles.findById(accountKey(email)).orElseGet(() -> new LoginThrottle(accountKey(email)));
        boolean lockStarted = account.fail(now, policy.account());
        throttles.save(account);
        return lockStarted ? Optional.of(account.getBlockedUntil()) : Optional.empty();
    }

    public void recordSuccess(String email) {
        throttles.deleteById(accountKey(email));
    }

    /**
     * Counts a try by a client at a public page that tells whether something exists ({@code purpose} names the
     * page), and returns false, counting nothing, while that client is refused: its {@code tries}-th try with no
     * pause as long as {@code window} refuses it for {@code window}.
     */
    public boolean countTry(String purpose, String clientAddress, int tries, Duration window) {
        Instant now = clock.instant();
        String key = purpose + ":" + clientKey(clientAddress);
        LoginThrottle throttle = throttles.findById(key).orElseGet(() -> new LoginThrottle(key));
        if (throttle.blockedAt(now)) {
            return false;
        }
        throttle.fail(now, new LoginThrottleProperties.Schedule(Duration.ZERO, tries, window, window, window));
        throttles.save(throttle);
        return true;
    }

    /** The accounts whose logins are refused right now, for administrators. */
    @Transactional(readOnly = true)
    public List<AccountLock> activeLocks() {
        Instant now = clock.instant();
        return throttles.findAll().stream()
                .filter(t -> t.getThrottleKey().startsWith(ACCOUNT_PREFIX) && t.blockedAt(now)
                        && t.getFailures() >= policy.lockAfter())
                .map(t -> new AccountLock(t.getThrottleKey().substring(ACCOUNT_PREFIX.length()), t.getFailures(),
                        t.getBlockedUntil()))
                .toList();
    }

    /** Ends an account's lock, as a password reset or an administrator does. */
    public void lift(String email) {
        throttles.deleteById(accountKey(email));
    }

    private void fail(String key, Instant now, LoginThrottleProperties.Schedule schedule) {
        LoginThrottle throttle = throttles.findById(key).orElseGet(() -> new LoginThrottle(key));
        throttle.fail(now, schedule);
        throttles.save(throttle);
    }

    /** An over-long name is counted under its first {@value AuditLog#MAX_NAME} characters, as its audit entry. */
    static String accountKey(String email) {
        return ACCOUNT_PREFIX + AuditLog.shortened(email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    static String clientKey(String clientAddress) {
        return "client:" + clientAddress;
    }
}
