package jp.shomei.account;

import org.springframework.security.authentication.CredentialsExpiredException;

/** The right initial password, but too late: only then does the login page say more than "failed". */
public class InitialPasswordExpiredException extends CredentialsExpiredException {

    InitialPasswordExpiredException() {
        super("Initial password expired");
    }
}
