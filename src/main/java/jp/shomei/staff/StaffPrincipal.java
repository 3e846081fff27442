package jp.shomei.staff;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/** A signed-in member of staff: the engine user id (the Camunda webapps read it by name) and its groups. */
public record StaffPrincipal(String userId, List<String> groupIds) implements Principal, Serializable {

    @Override
    public String getName() {
        return userId;
    }
}
