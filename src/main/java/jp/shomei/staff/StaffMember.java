package jp.shomei.staff;

import java.util.List;

/** A signed-in member of staff, as the engine knows them. */
public record StaffMember(String userId, List<String> groupIds) {

    public static final String ADMIN_GROUP = "camunda-admin";

    public boolean isAdministrator() {
        return groupIds.contains(ADMIN_GROUP);
    }

    public boolean isAnalyst() {
        return groupIds.contains(StaffAuthorizations.ANALYSTS);
    }

    public boolean reviewsFor(String staffGroup) {
        return groupIds.contains(staffGroup) || groupIds.contains(ADMIN_GROUP);
    }
}
