package jp.shomei.staff;

import java.util.ArrayList;
import java.util.List;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.LoginDetails;
import jp.shomei.security.LoginThrottles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff, administrators and analysts sign in with their engine user, at the staff sign-in and with HTTP Basic at
 * the engine's REST API alike; failures are logged and throttled like the graduates'. The one session then serves
 * this application's staff pages and the Camunda webapps.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

    public static final String ROLE_STAFF = "STAFF";

    private final IdentityService identityService;
    private final StaffCredentials credentials;
    private final LoginThrottles throttles;
    private final AuditLog audit;

    StaffAuthenticationProvider(IdentityService identityService, StaffCredentials credentials,
            LoginThrottles throttles, AuditLog audit) {
        this.identityService = identityService;
        this.credentials = credentials;
        this.throttles = throttles;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String client = authentication.getDetails() instanceof LoginDetails d ? d.clientAddress() : "unknown";
        if (throttles.blocked(userId, client)) {
            audit.record(AuthEvent.Type.LOGIN_REFUSED_LOCKED, null, userId, client);
            throw new BadCredentialsException("Refused while throttled");
        }
        if (!credentials.matches(userId, password)) {
            audit.record(AuthEvent.Type.LOGIN_FAILURE, null, userId, client);
            throttles.recordFailure(userId, client);
            throw new BadCredentialsException("Bad credentials");
        }
        throttles.recordSuccess(userId);
        audit.record(AuthEvent.Type.LOGIN_SUCCESS, null, userId, client);
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE_STAFF));
        return UsernamePasswordAuthenticationToken.authenticated(new StaffPrincipal(userId, groups), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
