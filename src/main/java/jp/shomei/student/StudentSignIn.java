package jp.shomei.student;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountService;
import jp.shomei.account.SchoolRecord;
import jp.shomei.directory.DirectoryStudent;
import jp.shomei.directory.DirectoryUnavailableException;
import jp.shomei.directory.EnrolmentStatus;
import jp.shomei.directory.StudentDirectory;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.LoginThrottles;
import jp.shomei.university.DegreeProgram;
import jp.shomei.university.Department;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.Subject;
import jp.shomei.university.University;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A current student's sign-in with the ECS-ID (manual 2.2): checked by the university's directory, throttled and
 * audited like the graduates' login, and every failure told alike, so nobody learns whether an ECS-ID exists. The
 * account is opened at the first sign-in and takes the directory's entry each time.
 */
@Service
public class StudentSignIn {

    /** Students who may use the students' side; the others have left and use the graduates' service. */
    private static final Set<EnrolmentStatus> STUDYING = EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ON_LEAVE);

    private static final Logger log = LoggerFactory.getLogger(StudentSignIn.class);

    public enum Outcome { SIGNED_IN, WRONG, THROTTLED, UNAVAILABLE, LEFT }

    /** What a sign-in came to; the account only for SIGNED_IN. */
    public record Result(Outcome outcome, Account account) {
    }

    private final StudentDirectory directory;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final LoginThrottles throttles;
    private final AuditLog audit;

    StudentSignIn(StudentDirectory directory, AccountService accounts, SchoolCatalog schools, LoginThrottles throttles,
            AuditLog audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.schools = schools;
        this.throttles = throttles;
        this.audit = audit;
    }

    /** The university whose students sign in at its page, if it has a directory. */
    public Optional<University> university(String code) {
        return schools.universities().stream().filter(u -> u.getCode().equals(code) && directory.serves(code))
                .findFirst();
    }

    @Transactional
    public Result signIn(University university, String ecsId, String password, String language, String client) {
        String id = ecsId == null ? "" : ecsId.trim();
        String name = throttleName(university, id);
        if (throttles.blocked(name, client)) {
            audit.record(AuthEvent.Type.LOGIN_REFUSED_LOCKED, null, name, client);
            return new Result(Outcome.THROTTLED, null);
        }
        DirectoryStudent student;
        try {
            student = directory.authenticate(university.getCode(), id, password == null ? "" : password);
        } catch (DirectoryUnavailableException e) {
            log.warn("Students of {} cannot sign in: {}", university.getCode(), e.getMessage());
            return new Result(Outcome.UNAVAILABLE, null);
        } catch (AuthenticationException e) {
            audit.record(AuthEvent.Type.LOGIN_FAILURE, null, name, client);
            throttles.recordFailure(name, client);
            return new Result(Outcome.WRONG, null);
        }
        throttles.recordSuccess(name);
        if (!STUDYING.contains(student.status())) {
            audit.record(AuthEvent.Type.LOGIN_FAILURE, null, name, client);
            return new Result(Outcome.LEFT, null);
        }
        SchoolRecord record;
        try {
            record = schoolRecord(university, student);
        } catch (IllegalStateException misconfigured) {
            log.error("Students of {} cannot sign in: {}", university.getCode(), misconfigured.getMessage());
            return new Result(Outcome.UNAVAILABLE, null);
        }
        Account account = accounts.signInStudent(university.getId(), student.ecsId(), language,
                new AccountDetails(student.nameKanji(), student.nameKana(), student.birthDate(), null), record);
        audit.record(AuthEvent.Type.LOGIN_SUCCESS, account.getId(), name, client);
        return new Result(Outcome.SIGNED_IN, account);
    }

    /** The name a student's sign-ins are throttled and audited under: the ECS-ID at the university. */
    static String throttleName(University university, String ecsId) {
        String name = ecsId + "@" + university.getCode();
        return name.length() > AuditLog.MAX_NAME ? name.substring(0, AuditLog.MAX_NAME) : name;
    }

    /**
     * The directory's faculty, department and program, found by their Japanese names in the university's catalogue;
     * a name the catalogue lacks is the university's configuration to fix, and the sign-in fails loudly.
     */
    private SchoolRecord schoolRecord(University university, DirectoryStudent s) {
        Long faculty = byName(schools.departments().stream()
                .filter(d -> d.getUniversityId().equals(university.getId())), Department::getId, s.faculty(), "faculty");
        Long department = byName(schools.subjects().stream().filter(d -> d.getDepartmentId().equals(faculty)),
                Subject::getId, s.department(), "department");
        Long program = byName(schools.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(university.getId())), DegreeProgram::getId,
                s.degreeProgram(), "degree program");
        return new SchoolRecord(university.getId(), faculty, department, program, s.studentNumber(), s.nameKanji(),
                s.nameKana(), s.nameRoman(), s.entered(), s.expectedGraduation(), null);
    }

    private static <T extends LocalizedName> Long byName(Stream<T> entries, Function<T, Long> id, String nameJa,
            String what) {
        return entries.filter(e -> e.getNameJa().equals(nameJa)).findFirst().map(id)
                .orElseThrow(() -> new IllegalStateException("The directory's " + what + " \"" + nameJa
                        + "\" is not in the university's catalogue"));
    }
}
