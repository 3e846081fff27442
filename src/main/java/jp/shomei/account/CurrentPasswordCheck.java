package jp.shomei.account;

import java.util.function.BooleanSupplier;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.LoginThrottles;
import org.springframework.stereotype.Component;

/**
 * A signed-in graduate or member of staff changing a password first proves the current one. A wrong one counts as
 * a failed login of the account (delay, lock, a graduate's notice, audit), so that a session left open is no way
 * to guess it; while the account is held back nothing is checked.
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
        return confirm(graduate.accountId(), graduate.email(), matches, clientAddress);
    }

    /** For a member of staff, whose name is the engine's user id and who has no graduate account. */
    public Outcome confirm(String userId, BooleanSupplier matches, String clientAddress) {
        return confirm(null, userId, matches, clientAddress);
    }

    private Outcome confirm(Long accountId, String name, BooleanSupplier matches, String clientAddress) {
        if (throttles.blocked(name, clientAddress)) {
            audit.record(AuthEvent.Type.LOGIN_REFUSED_LOCKED, accountId, name, clientAddress);
            return Outcome.HELD_BACK;
        }
        if (!matches.getAsBoolean()) {
            audit.record(AuthEvent.Type.CURRENT_PASSWORD_WRONG, accountId, name, clientAddress);
            throttles.recordFailure(name, clientAddress).ifPresent(until -> {
                audit.record(AuthEvent.Type.LOCK_STARTED, accountId, name, clientAddress);
                if (accountId != null) {
                    lockNotices.send(accountId, until);
                }
            });
            return Outcome.WRONG;
        }
        throttles.recordSuccess(name);
        return Outcome.CONFIRMED;
    }
}
