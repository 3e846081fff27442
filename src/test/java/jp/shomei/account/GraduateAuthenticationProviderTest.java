package jp.shomei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.shomei.security.AuditLog;
import jp.shomei.security.LoginDetails;
import jp.shomei.security.LoginThrottles;
import jp.shomei.security.PasswordChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Every login attempt costs the same two checks, made together, whether or not the address is known. */
class GraduateAuthenticationProviderTest {

    private static final String EMAIL = "sato.hanako@example.jp";

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final LoginThrottles throttles = mock(LoginThrottles.class);
    private final PasswordChecks checks = mock(PasswordChecks.class);
    private GraduateAuthenticationProvider provider;

    @BeforeEach
    void setUp() {
        when(checks.encode(anyString())).thenReturn("dummy-hash");
        when(throttles.recordFailure(anyString(), anyString())).thenReturn(Optional.empty());
        provider = new GraduateAuthenticationProvider(accounts, mock(AccountService.class), checks, throttles,
                mock(AuditLog.class), mock(LockNotices.class), Clock.systemUTC());
    }

    @Test
    void shouldCheckAnUnknownAddressAgainstTheDummyHashTwiceAtOnce() {
        when(accounts.findByEmailIgnoreCase(anyString())).thenReturn(Optional.empty());
        when(checks.matchBoth(any(), any(), any(), any())).thenReturn(new PasswordChecks.Checked(false, false));

        assertThatThrownBy(() -> provider.authenticate(attempt("Sakura-2031", "Momiji-2032")))
                .isInstanceOf(BadCredentialsException.class);
        verify(checks).matchBoth("Sakura-2031", "dummy-hash", "Momiji-2032", "dummy-hash");
    }

    @Test
    void shouldCheckAKnownAddressesTwoPasswordsAtOnce() {
        Account account = new Account(EMAIL, "ja", Instant.now());
        account.setPasswords("password-hash", "second-hash", Instant.now());
        when(accounts.findByEmailIgnoreCase(EMAIL)).thenReturn(Optional.of(account));
        when(checks.matchBoth(any(), any(), any(), any())).thenReturn(new PasswordChecks.Checked(true, false));

        assertThatThrownBy(() -> provider.authenticate(attempt("Sakura-2031", "Wrong-2032")))
                .isInstanceOf(BadCredentialsException.class);
        verify(checks).matchBoth("Sakura-2031", "password-hash", "Wrong-2032", "second-hash");

        when(checks.matchBoth(any(), any(), any(), any())).thenReturn(new PasswordChecks.Checked(true, true));
        assertThat(provider.authenticate(attempt("Sakura-2031", "Momiji-2032")).isAuthenticated()).isTrue();
    }

    @Test
    void shouldCheckTwiceAtOnceWhileThrottledToo() {
        when(throttles.blocked(anyString(), anyString())).thenReturn(true);
        when(checks.matchBoth(any(), any(), any(), any())).thenReturn(new PasswordChecks.Checked(false, false));

        assertThatThrownBy(() -> provider.authenticate(attempt("Sakura-2031", "Momiji-2032")))
                .isInstanceOf(BadCredentialsException.class);
        verify(checks).matchBoth("Sakura-2031", "dummy-hash", "Momiji-2032", "dummy-hash");
    }

    private static Authentication attempt(String password, String secondPassword) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, password);
        token.setDetails(new LoginDetails(secondPassword, "203.0.113.7"));
        return token;
    }
}
