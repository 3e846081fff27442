package jp.shomei.account;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in graduate: the account's id and login address. */
public record GraduatePrincipal(Long accountId, String email) implements Principal, Serializable {

    @Override
    public String getName() {
        return email;
    }
}
