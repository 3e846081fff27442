package jp.shomei.account;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs the automatic logout of a graduate whose session ran out (an explicit logout is logged as such). The servlet
 * container tells of its own sessions; sessions kept in the database are swept by {@link SharedSessionExpiry}.
 */
@Component
class SessionExpiryAudit implements HttpSessionListener {

    private final AuditLog audit;

    SessionExpiryAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        boolean timedOut = session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
        if (timedOut) {
            timedOut(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        }
    }

    /** A session with this security context (its session attribute, null: none) timed out. */
    void timedOut(Object context) {
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof GraduatePrincipal graduate) {
            audit.record(AuthEvent.Type.SESSION_EXPIRED, graduate.accountId(), graduate.getName(), null);
        }
    }
}
