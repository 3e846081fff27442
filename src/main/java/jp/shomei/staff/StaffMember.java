package jp.shomei.staff;

import java.util.List;
import jp.shomei.university.University;

/** A signed-in member of staff, as the engine knows them. */
public record StaffMember(String userId, List<String> groupIds) {

    public static final String ADMIN_GROUP = "camunda-admin";

    public boolean isAdministrator() {
        return groupIds.contains(ADMIN_GROUP);
    }

    public boolean isAnalyst() {
        return groupIds.contains(StaffAuthorizations.ANALYSTS);
    }

    /** Whether this member reads the process figures of the university (analysts read every university's). */
    public boolean readsFiguresOf(University university) {
        return isAnalyst() || groupIds.contains(university.getManagerGroup());
    }

    public boolean reviewsFor(String staffGroup) {
        return groupIds.contains(staffGroup) || groupIds.contains(ADMIN_GROUP);
    }
}
