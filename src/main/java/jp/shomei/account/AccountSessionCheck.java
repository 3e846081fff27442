package jp.shomei.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The check of {@link AccountSessions}: on every request (this filter runs after the security chain has read the
 * session) a graduate's session signed in before its account's {@code sessionsValidFrom} is invalidated and the
 * browser sent to the login page. {@link SessionSignInStamp} notes when each session signed in.
 */
@Component
class AccountSessionCheck extends OncePerRequestFilter {

    private final AccountSessions sessions;

    AccountSessionCheck(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof GraduatePrincipal graduate
                && !sessions.valid(graduate.accountId(), (Instant) session.getAttribute(AccountSessions.SIGNED_IN_AT))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        chain.doFilter(request, response);
    }
}
