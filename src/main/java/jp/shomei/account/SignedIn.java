package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in graduate or current student, and the switches between what they may do. */
@Component
public class SignedIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public GraduatePrincipal graduate() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof GraduatePrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("No graduate is signed in");
    }

    /** After a change of the login address: the session stays signed in, under the new address. */
    public void renameGraduate(String email, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new GraduatePrincipal(graduate().accountId(), email), null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** After the passwords are set: a new session id and the whole service. */
    public void promoteToGraduate(HttpServletRequest request, HttpServletResponse response) {
        signIn(graduate(), Roles.GRADUATE, request, response);
    }

    /** Signs the account in with one role ({@link Roles}), under a new session id. */
    public void signIn(GraduatePrincipal principal, String role, HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Whether the signed-in account is a current student's. */
    public boolean student() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(a -> a.getAuthority().substring("ROLE_".length()))
                .anyMatch(role -> role.equals(Roles.STUDENT) || role.equals(Roles.STUDENT_MAIL_SETUP));
    }
}
