package jp.shomei.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/** Finds the staff member signed in to the Camunda webapps in the same browser session. */
@Component
public class StaffSessions {

    private static final String ENGINE = "default";

    public Optional<StaffMember> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !authentications.hasAuthenticationForProcessEngine(ENGINE)) {
            return Optional.empty();
        }
        return authentications.getAuthentications().stream()
                .filter(a -> ENGINE.equals(a.getProcessEngineName()))
                .findFirst()
                .map(StaffSessions::toStaffMember);
    }

    private static StaffMember toStaffMember(UserAuthentication authentication) {
        return new StaffMember(authentication.getIdentityId(), authentication.getGroupIds());
    }
}
