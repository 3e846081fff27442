package jp.shomei.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jp.shomei.directory.UniversityDirectory.UnreadableEntryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The universities' LDAP directories, each configured under {@code shomei.directory.universities}. Nothing of a
 * student's password is kept: each sign-in binds as the student's entry. Every answer (a sign-in or a check) also
 * tells whether the directory is up, so administrators see an outage as soon as a student meets it.
 */
@Service
public class LdapStudentDirectory implements StudentDirectory {

    /** Longer input is refused before the directory is asked: no ECS-ID or password comes close. */
    static final int MAX_ECS_ID_LENGTH = 64;
    static final int MAX_PASSWORD_LENGTH = 256;

    /** One message for an unknown ECS-ID and a wrong password, so that nothing tells them apart. */
    static final String BAD_CREDENTIALS = "Wrong ECS-ID or password";

    private static final Logger log = LoggerFactory.getLogger(LdapStudentDirectory.class);

    private final Map<String, UniversityDirectory> directories = new LinkedHashMap<>();
    private final Duration healthCacheTime;
    private final Map<String, DirectoryHealth> lastKnown = new ConcurrentHashMap<>();
    // Checks run side by side, so a page waits for the slowest directory's timeout, not their sum.
    private final SimpleAsyncTaskExecutor checks = new SimpleAsyncTaskExecutor("directory-check-");

    public LdapStudentDirectory(DirectoryProperties properties) {
        properties.universities().forEach((code, config) ->
                directories.put(code, new UniversityDirectory(code, config)));
        this.healthCacheTime = properties.healthCacheTime();
        checks.setDaemon(true);
    }

    @Override
    public DirectoryStudent authenticate(String universityCode, String ecsId, String password) {
        UniversityDirectory directory = directories.get(universityCode);
        if (directory == null) {
            throw new DirectoryUnavailableException(universityCode,
                    "University " + universityCode + " has no student directory", null);
        }
        if (!acceptable(ecsId, MAX_ECS_ID_LENGTH) || !acceptable(password, MAX_PASSWORD_LENGTH)) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        DirContextOperations entry;
        try {
            entry = directory.bind(ecsId, password);
        } catch (BadCredentialsException | UsernameNotFoundException e) {
            record(directory, null);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        } catch (IncorrectResultSizeDataAccessException e) {
            record(directory, null);
            log.warn("The student directory of {} has {} entries for one ECS-ID; none may sign in with it",
                    universityCode, e.getActualSize());
            throw new BadCredentialsException(BAD_CREDENTIALS);
        } catch (org.springframework.ldap.NamingException e) {
            throw unavailable(directory, e);
        }
        record(directory, null);
        if (directory.locked(entry)) {
            throw new LockedException("The ECS-ID is locked at the university's directory");
        }
        try {
            return directory.student(entry);
        } catch (UnreadableEntryException e) {
            throw unavailable(directory, e);
        }
    }

    @Override
    public boolean serves(String universityCode) {
        return directories.containsKey(universityCode);
    }

    /** The last answer of each directory if recent enough, else a new check (all at once, each within its timeouts). */
    @Override
    public List<DirectoryHealth> health() {
        return checkEach(true);
    }

    /** Asks every directory now. */
    List<DirectoryHealth> checkNow() {
        return checkEach(false);
    }

    private List<DirectoryHealth> checkEach(boolean recentWillDo) {
        List<CompletableFuture<DirectoryHealth>> answers = directories.values().stream().map(directory -> {
            DirectoryHealth last = lastKnown.get(directory.code());
            if (recentWillDo && last != null && last.checkedAt().plus(healthCacheTime).isAfter(Instant.now())) {
                return CompletableFuture.completedFuture(last);
            }
            return CompletableFuture.supplyAsync(() -> check(directory), checks);
        }).toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private DirectoryHealth check(UniversityDirectory directory) {
        try {
            directory.check();
            return record(directory, null);
        } catch (javax.naming.NamingException | org.springframework.ldap.NamingException e) {
            return record(directory, problem(e));
        }
    }

    private DirectoryUnavailableException unavailable(UniversityDirectory directory, Exception e) {
        record(directory, problem(e));
        return new DirectoryUnavailableException(directory.code(),
                "The student directory of " + directory.code() + " does not answer", e);
    }

    /** Keeps the directory's latest state; a change is logged, an outage as a warning. */
    private DirectoryHealth record(UniversityDirectory directory, String problem) {
        DirectoryHealth health = new DirectoryHealth(directory.code(), directory.url(), problem == null, problem,
                Instant.now());
        DirectoryHealth before = lastKnown.put(directory.code(), health);
        if (!health.up() && (before == null || before.up())) {
            log.warn("The student directory of {} ({}) does not answer: {}", directory.code(), directory.url(),
                    problem);
        } else if (health.up() && before != null && !before.up()) {
            log.info("The student directory of {} ({}) answers again", directory.code(), directory.url());
        }
        return health;
    }

    /** What went wrong, for administrators: the innermost cause, e.g. "ConnectException: Connection refused". */
    static String problem(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof javax.naming.NamingException naming && naming.getRootCause() != null) {
            cause = naming.getRootCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean acceptable(String input, int maxLength) {
        return input != null && !input.isBlank() && input.length() <= maxLength
                && input.chars().noneMatch(Character::isISOControl);
    }
}
