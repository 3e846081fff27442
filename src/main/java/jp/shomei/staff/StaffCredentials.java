package jp.shomei.staff;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Checks an engine user's password against its stored hash, without {@code IdentityService.checkPassword}: that
 * counts failures of its own and after ten locks the user for good, beyond Shomei's throttles and audit. An
 * unknown user costs one hash as well, so that a failure takes as long whether or not the user exists.
 */
@Component
public class StaffCredentials {

    /** The engine's user ids are at most this long; a longer name is nobody. */
    private static final int MAX_USER_ID = 64;

    private final IdentityService identityService;
    private final PasswordManager passwords;
    private final String dummyHash;

    StaffCredentials(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.passwords = engineConfiguration.getPasswordManager();
        this.dummyHash = passwords.encrypt("not a password of anyone");
    }

    public boolean matches(String userId, String password) {
        UserEntity user = userId.isEmpty() || userId.length() > MAX_USER_ID ? null
                : identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity u ? u : null;
        if (user == null || user.getPassword() == null) {
            passwords.check(password, dummyHash);
            return false;
        }
        return passwords.check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    }
}
