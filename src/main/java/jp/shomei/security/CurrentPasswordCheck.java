package jp.shomei.security;

import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * A signed-in graduate changing a password first proves the current one. A wrong one counts as a failed login of
 * the account (delay, lock, the owner's notice, audit), so that a session left open is no way to guess it; while
 * the account is held back nothing is checked.
 */
@Component
public class CurrentPasswordCheck {

    public enum Outcome { CONFIRMED, WRONG, HELD_BACK }

    private final LoginThrottles throttles;
    private final AuditLog audit;
    private final LockNotices lockNotices;

    CurrentPasswordCheck(LoginThrottles throttles, AuditLog audit, LockNotices lockNotices) {
        this.throttles = throttles;
        this.audit = audit;
        this.lockNotices = lockNotices;
    }

    public Outcome confirm(GraduatePrincipal graduate, BooleanSupplier matches, String clientAddress) {
        if (throttles.blocked(graduate.email(), clientAddress)) {
            audit.record(AuthEvent.Type.LOGIN_REFUSED_LOCKED, graduate.accountId(), graduate.email(), clientAddress);
            return Outcome.HELD_BACK;
        }
        if (!matches.getAsBoolean()) {
            audit.record(AuthEvent.Type.CURRENT_PASSWORD_WRONG, graduate.accountId(), graduate.email(),
                    clientAddress);
            throttles.recordFailure(graduate.email(), clientAddress).ifPresent(until -> {
                audit.record(AuthEvent.Type.LOCK_STARTED, graduate.accountId(), graduate.email(), clientAddress);
                lockNotices.send(graduate.accountId(), until);
            });
            return Outcome.WRONG;
        }
        throttles.recordSuccess(graduate.email());
        return Outcome.CONFIRMED;
    }
}
