package jp.shomei.account;

/** What a signed-in graduate may do. */
public final class Roles {

    /** Signed in with both passwords: the whole service. */
    public static final String GRADUATE = "GRADUATE";

    /** Signed in with the initial password: only the Password Setting screen. */
    public static final String PASSWORD_SETUP = "PASSWORD_SETUP";

    private Roles() {
    }
}
