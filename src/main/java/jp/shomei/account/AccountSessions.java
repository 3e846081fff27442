package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an account's sessions wherever they live: the account keeps the moment from which sessions count, and
 * {@link AccountSessionCheck} ends at its next request every session signed in before it. The moment is in the
 * database, so it holds for every node and for sessions kept anywhere, also after a restart.
 */
@Service
@Transactional
public class AccountSessions {

    /** Session attribute: when this session's graduate signed in. */
    static final String SIGNED_IN_AT = AccountSessions.class.getName() + ".signedInAt";

    private final AccountRepository accounts;
    private final Clock clock;

    AccountSessions(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Ends every session of the account (a password reset: its owner is not signed in). */
    public void endAll(Long accountId) {
        accounts.findById(accountId).orElseThrow().endSessionsBefore(clock.instant());
    }

    /** Ends every session of the account but the one of this request (a change made while signed in). */
    public void endOthers(Long accountId, HttpServletRequest request) {
        Instant now = clock.instant();
        accounts.findById(accountId).orElseThrow().endSessionsBefore(now);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_IN_AT, now);
        }
    }

    /** Whether a session signed in at that moment (null: before sessions were stamped) still counts. */
    @Transactional(readOnly = true)
    public boolean valid(Long accountId, Instant signedInAt) {
        return accounts.findSessionsValidFrom(accountId)
                .map(from -> signedInAt != null && !signedInAt.isBefore(from))
                .orElse(true);
    }
}
