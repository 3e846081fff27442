package jp.shomei.account;

import java.io.Serializable;
import java.security.Principal;

/**
 * The signed-in graduate or current student: the account's id and mail address (none yet for a student at the first
 * sign-in).
 */
public record GraduatePrincipal(Long accountId, String email) implements Principal, Serializable {

    @Override
    public String getName() {
        return email == null ? "account-" + accountId : email;
    }
}
