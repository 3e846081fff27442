package jp.shomei.review;

import java.util.List;
import jp.shomei.staff.StaffAuthorizations;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each university is a Camunda tenant: its staff group belongs to it, and every staff task's process with its form
 * ({@link StaffTask}: reviews, posting) is deployed into it, so those tasks, their history and their variables carry
 * the university's tenant. The analysts
 * belong to every tenant, since they compare the universities; what they may do there is
 * {@link jp.shomei.staff.StaffAuthorizations}'s to say (never the variables, never a task's work). Runs at
 * every start (a staff group created in Admin later joins its tenant at the next start); an unchanged deployment
 * is not repeated.
 */
@Component
public class ReviewTenants {

    private final UniversityRepository universities;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final List<StaffTask> kinds;

    ReviewTenants(UniversityRepository universities, IdentityService identityService,
            RepositoryService repositoryService, List<StaffTask> kinds) {
        this.universities = universities;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.kinds = kinds;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    public void deployReviews() {
        for (University university : universities.findAll()) {
            String tenantId = university.getCode();
            if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
                Tenant tenant = identityService.newTenant(tenantId);
                tenant.setName(university.getNameJa() + " / " + university.getNameEn());
                identityService.saveTenant(tenant);
            }
            joinIfExists(university.getStaffGroup(), tenantId);
            joinIfExists(StaffAuthorizations.ANALYSTS, tenantId);
            for (StaffTask kind : kinds) {
                repositoryService.createDeployment()
                        .name(kind.processKey() + "-" + tenantId)
                        .tenantId(tenantId)
                        .addClasspathResource(kind.bpmnResource())
                        .addClasspathResource(kind.formResource())
                        .enableDuplicateFiltering(true)
                        .deploy();
            }
        }
    }

    private void joinIfExists(String group, String tenantId) {
        boolean groupExists = identityService.createGroupQuery().groupId(group).count() > 0;
        boolean member = identityService.createGroupQuery().groupId(group).memberOfTenant(tenantId).count() > 0;
        if (groupExists && !member) {
            identityService.createTenantGroupMembership(tenantId, group);
        }
    }
}
