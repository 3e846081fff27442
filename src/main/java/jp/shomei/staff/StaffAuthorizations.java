package jp.shomei.staff;

import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the engine's authorization checks on, each group gets only what its work needs. A university's staff
 * group: Tasklist, the shared task filter, and the process names; tasks themselves are readable and workable only
 * by their candidate group (the engine grants that per task), so one university's staff never see another's.
 * Analysts: Cockpit, the deployments, the definitions with their running instances (counts, where each instance
 * stands, incidents) and their history; never variables, which the engine then checks apart
 * ({@code enforce-specific-variable-permission}). Administrators (camunda-admin) have everything.
 */
@Component
public class StaffAuthorizations {

    public static final String ANALYSTS = "analysts";

    private final UniversityRepository universities;
    private final AuthorizationService authorizationService;

    StaffAuthorizations(UniversityRepository universities, AuthorizationService authorizationService) {
        this.universities = universities;
        this.authorizationService = authorizationService;
    }

    /** Runs after the demo data (if any) so that its universities are covered too; safe to run at every start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void grant() {
        for (University university : universities.findAll()) {
            String group = university.getStaffGroup();
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
            letReadVariablesOfOpenTasks(group);
        }
        grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(ANALYSTS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        grant(ANALYSTS, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE);
    }

    /**
     * The engine grants a task's candidate group the reading of its variables with the task, since variables are
     * checked apart; grants made before that lack it, so the reviews already waiting get it here.
     */
    private void letReadVariablesOfOpenTasks(String group) {
        for (Authorization authorization : authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.TASK).list()) {
            if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                    && !authorization.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
                authorization.addPermission(TaskPermissions.READ_VARIABLE);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    /** Adds the permissions to the group's one grant on the resource, creating it if needed. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
