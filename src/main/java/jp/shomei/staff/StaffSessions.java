package jp.shomei.staff;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The member of staff signed in to this session, if any (the same sign-in serves the Camunda webapps). */
@Component
public class StaffSessions {

    public Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(new StaffMember(staff.userId(), staff.groupIds()));
        }
        return Optional.empty();
    }
}
