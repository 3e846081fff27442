package jp.shomei.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.LoginDetails;
import jp.shomei.security.LoginThrottles;
import jp.shomei.security.PasswordChecks;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks mail address, password and second password together (2.2). Every attempt computes two hashes, at the same
 * time, whether or not the address exists, and every failure looks the same; failures are throttled per account
 * and client.
 */
@Component
class GraduateAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final PasswordChecks passwords;
    private final LoginThrottles throttles;
    private final AuditLog audit;
    private final LockNotices lockNotices;
    private final Clock clock;
    private final String dummyHash;

    GraduateAuthenticationProvider(AccountRepository accounts, AccountService accountService,
            PasswordChecks passwords, LoginThrottles throttles, AuditLog audit, LockNotices lockNotices,
            Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.passwords = passwords;
        this.throttles = throttles;
        this.audit = audit;
        this.lockNotices = lockNotices;
        this.clock = clock;
        this.dummyHash = passwords.encode("not a password of anyone");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : new LoginDetails("", "unknown");
        String client = details.clientAddress();

        if (throttles.blocked(email, client)) {
            passwords.matchBoth(password, dummyHash, details.secondPassword(), dummyHash);
            audit.record(AuthEvent.Type.LOGIN_REFUSED_LOCKED, null, email, client);
            throw new BadCredentialsException("Refused while throttled");
        }
        Optional<Account> found = email.isEmpty() || email.length() > AuditLog.MAX_NAME ? Optional.empty()
                : accounts.findByEmailIgnoreCase(email);
        Account account = found.orElse(null);
        boolean setup = account != null && account.awaitsPasswordSetting();
        PasswordChecks.Checked checked = passwords.matchBoth(
                password, hashOrDummy(account == null ? null : account.getPasswordHash()), details.secondPassword(),
                hashOrDummy(account == null || setup ? null : account.getSecondPasswordHash()));
        String role;
        boolean ok;
        if (setup) {
            ok = checked.first() && details.secondPassword().isEmpty();
            role = Roles.PASSWORD_SETUP;
            if (ok && account.initialPasswordExpiredAt(clock.instant())) {
                audit.record(AuthEvent.Type.LOGIN_FAILURE, account.getId(), email, client);
                throw new InitialPasswordExpiredException();
            }
        } else {
            ok = account != null && checked.first() && checked.second();
            role = Roles.GRADUATE;
        }
        if (!ok) {
            audit.record(AuthEvent.Type.LOGIN_FAILURE, account == null ? null : account.getId(), email, client);
            throttles.recordFailure(email, client).ifPresent(until -> {
                if (account != null) {
                    audit.record(AuthEvent.Type.LOCK_STARTED, account.getId(), email, client);
                    lockNotices.send(account.getId(), until);
                }
            });
            throw new BadCredentialsException("Bad credentials");
        }
        throttles.recordSuccess(email);
        audit.record(AuthEvent.Type.LOGIN_SUCCESS, account.getId(), account.getEmail(), client);
        accountService.upgradeHashes(account.getId(), password, details.secondPassword());
        return UsernamePasswordAuthenticationToken.authenticated(
                new GraduatePrincipal(account.getId(), account.getEmail()), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    private String hashOrDummy(String hash) {
        return hash == null ? dummyHash : hash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
