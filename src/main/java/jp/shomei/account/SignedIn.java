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

/** The signed-in graduate, and the switch from the initial password to the whole service. */
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
        GraduatePrincipal principal = graduate();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.GRADUATE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
