package jp.shomei.account;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionExpiryAuditTest {

    private final AuditLog audit = mock(AuditLog.class);
    private final SessionExpiryAudit listener = new SessionExpiryAudit(audit);

    @Test
    void shouldLogTheAutomaticLogoutOfAnIdleGraduate() {
        listener.sessionDestroyed(new HttpSessionEvent(session(31 * 60)));
        verify(audit).record(AuthEvent.Type.SESSION_EXPIRED, 7L, "idle@example.jp", null);
    }

    @Test
    void shouldNotLogAnExplicitLogoutAsExpiry() {
        listener.sessionDestroyed(new HttpSessionEvent(session(10)));
        verifyNoInteractions(audit);
    }

    private static HttpSession session(int idleSeconds) {
        HttpSession session = mock(HttpSession.class);
        when(session.getLastAccessedTime()).thenReturn(System.currentTimeMillis() - idleSeconds * 1000L);
        when(session.getMaxInactiveInterval()).thenReturn(30 * 60);
        when(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .thenReturn(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        new GraduatePrincipal(7L, "idle@example.jp"), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + Roles.GRADUATE)))));
        return session;
    }
}
