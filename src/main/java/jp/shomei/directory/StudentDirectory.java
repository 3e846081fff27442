package jp.shomei.directory;

import java.util.List;

/**
 * The universities' own directories, where current students sign in with their ECS-ID (manual 2.1–2.2). Shomei never
 * keeps a student's password: each sign-in binds as the student at that university's directory and reads the entry.
 */
public interface StudentDirectory {

    /**
     * Binds as the student at the university's directory and reads their entry.
     *
     * @throws org.springframework.security.authentication.BadCredentialsException for an unknown ECS-ID or a wrong
     *         password alike (the caller must not tell them apart), and for blank or overlong input
     * @throws org.springframework.security.authentication.LockedException for a locked entry, only once its password
     *         was right
     * @throws DirectoryUnavailableException when the university has no directory, or it does not answer
     */
    DirectoryStudent authenticate(String universityCode, String ecsId, String password);

    /** Whether the university has a directory, so that its students' sign-in page exists. */
    boolean serves(String universityCode);

    /** Each configured university's directory and whether it answers now, for administrators. */
    List<DirectoryHealth> health();
}
