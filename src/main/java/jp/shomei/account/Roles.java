package jp.shomei.account;

/** What a signed-in graduate or current student may do. */
public final class Roles {

    /** Signed in with both passwords: the whole service. */
    public static final String GRADUATE = "GRADUATE";

    /** Signed in with the initial password: only the Password Setting screen. */
    public static final String PASSWORD_SETUP = "PASSWORD_SETUP";

    /** A current student signed in through the university's directory, with a mail address: the students' side. */
    public static final String STUDENT = "STUDENT";

    /** A current student without a confirmed mail address yet: only the mail address registration (2.1). */
    public static final String STUDENT_MAIL_SETUP = "STUDENT_MAIL_SETUP";

    private Roles() {
    }
}
