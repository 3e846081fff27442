package jp.shomei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jp.shomei.staff.StaffCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyTest {

    private final StaffCredentials credentials = mock(StaffCredentials.class);

    @Test
    void shouldRefuseADemoAdministratorPasswordInTheConfiguration() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "Admin-Demo-2026");
        ProductionSafety safety = new ProductionSafety(environment, credentials);
        assertThatThrownBy(safety::refuseDemoPasswords).hasMessageContaining("admin-user.password");
    }

    @Test
    void shouldRefuseAnEngineUserThatStillHasItsDemoPassword() {
        when(credentials.matches("toto-staff", "Staff-Demo-2026")).thenReturn(true);
        ProductionSafety safety = new ProductionSafety(new MockEnvironment(), credentials);
        assertThat(safety.problems()).containsExactly("engine user toto-staff still has its demo password");
    }

    @Test
    void shouldRefuseTheSandboxPaymentProvider() {
        MockEnvironment environment = new MockEnvironment().withProperty("shomei.payment.sandbox.enabled", "true");
        assertThat(new ProductionSafety(environment, credentials).problems())
                .containsExactly("shomei.payment.sandbox.enabled: the sandbox payment provider takes no money");
    }

    @Test
    void shouldStartWithoutDemoPasswords() {
        assertThat(new ProductionSafety(new MockEnvironment(), credentials).problems()).isEmpty();
    }
}
