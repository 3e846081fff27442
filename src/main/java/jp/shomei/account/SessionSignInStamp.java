package jp.shomei.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes in the session when its graduate signed in: after every request that stored a graduate's sign-in in the
 * session (every way of signing in does), so that {@link AccountSessionCheck} can tell sessions from before an
 * {@link AccountSessions} end from later ones. A filter around the security chain rather than a session listener:
 * sessions kept in the database (the cluster profile) tell no listener of their attributes.
 */
@Component
class SessionSignInStamp extends OncePerRequestFilter implements Ordered {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Clock clock;

    SessionSignInStamp(Clock clock) {
        this.clock = clock;
    }

    /** Around Spring Security's chain, whose login filters answer without passing the request on. */
    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Stamping stamping = new Stamping(request, response);
        try {
            chain.doFilter(request, stamping);
        } finally {
            stamping.onResponseCommitted();
        }
    }

    /**
     * Stamps once the request stored its sign-in, and before the response is committed: sessions in the database are
     * saved then, and the browser may be at another node with its next request right after.
     */
    private final class Stamping extends OnCommittedResponseWrapper {

        private final HttpServletRequest request;
        private final Long before;
        private boolean done;

        Stamping(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.before = graduate(request.getSession(false));
        }

        /** A context saved again for the same account (a new role, a new session id) keeps its sign-in moment. */
        @Override
        protected void onResponseCommitted() {
            if (done) {
                return;
            }
            done = true;
            HttpSession session = request.getSession(false);
            Long after = graduate(session);
            if (after != null && !after.equals(before)) {
                session.setAttribute(AccountSessions.SIGNED_IN_AT, clock.instant());
            }
        }
    }

    private static Long graduate(HttpSession session) {
        return session != null && session.getAttribute(CONTEXT) instanceof SecurityContext security
                && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof GraduatePrincipal graduate
                ? graduate.accountId() : null;
    }
}
