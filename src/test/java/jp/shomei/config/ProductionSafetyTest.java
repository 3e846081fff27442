package jp.shomei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyTest {

    private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);

    @Test
    void shouldRefuseADemoAdministratorPasswordInTheConfiguration() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "Admin-Demo-2026");
        ProductionSafety safety = new ProductionSafety(environment, identityService);
        assertThatThrownBy(safety::refuseDemoPasswords).hasMessageContaining("admin-user.password");
    }

    @Test
    void shouldRefuseAnEngineUserThatStillHasItsDemoPassword() {
        when(identityService.createUserQuery().userId(anyString()).count()).thenReturn(1L);
        when(identityService.checkPassword("toto-staff", "Staff-Demo-2026")).thenReturn(true);
        ProductionSafety safety = new ProductionSafety(new MockEnvironment(), identityService);
        assertThat(safety.problems()).containsExactly("engine user toto-staff still has its demo password");
    }

    @Test
    void shouldStartWithoutDemoPasswords() {
        when(identityService.createUserQuery().userId(anyString()).count()).thenReturn(0L);
        assertThat(new ProductionSafety(new MockEnvironment(), identityService).problems()).isEmpty();
    }
}
