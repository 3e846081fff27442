package jp.shomei.account;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Notes in the session when its graduate signed in: the moment the sign-in is stored in the session, which every
 * way of signing in does, so that {@link AccountSessionCheck} can tell sessions from before an {@link AccountSessions}
 * end from later ones.
 */
@Component
class SessionSignInStamp implements HttpSessionAttributeListener {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Clock clock;

    SessionSignInStamp(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            stamp(event.getSession(), null);
        }
    }

    /** A context saved again for the same account (a new role, a new session id) keeps its sign-in moment. */
    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            stamp(event.getSession(), graduate(event.getValue()));
        }
    }

    private void stamp(HttpSession session, Long previousAccountId) {
        Long accountId = graduate(session.getAttribute(CONTEXT));
        if (accountId != null && !accountId.equals(previousAccountId)) {
            session.setAttribute(AccountSessions.SIGNED_IN_AT, clock.instant());
        }
    }

    private static Long graduate(Object context) {
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof GraduatePrincipal graduate
                ? graduate.accountId() : null;
    }
}
