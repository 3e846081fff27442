package jp.shomei.staff;

import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the engine's authorization checks on, each university's staff group gets only what reviewing needs:
 * Tasklist, the shared task filter, and the process names. Tasks themselves are readable and workable only by
 * their candidate group (the engine grants that per task), so one university's staff never see another's.
 */
@Component
class StaffAuthorizations {

    static final String TASKLIST = "tasklist";

    private final UniversityRepository universities;
    private final AuthorizationService authorizationService;

    StaffAuthorizations(UniversityRepository universities, AuthorizationService authorizationService) {
        this.universities = universities;
        this.authorizationService = authorizationService;
    }

    /** Runs after the demo data (if any) so that its universities are covered too; safe to run at every start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void grantReviewing() {
        for (University university : universities.findAll()) {
            String group = university.getStaffGroup();
            grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!granted) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
