package jp.shomei.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens, moves and finds graduates' accounts. */
@Service
@Transactional
public class AccountService {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int INITIAL_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final StudentRecordRepository studentRecords;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountRepository accounts, StudentRecordRepository studentRecords,
            PasswordEncoder passwordEncoder, AccountProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.studentRecords = studentRecords;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(Long id) {
        return id == null ? Optional.empty() : accounts.findById(id);
    }

    /** Accounts still on their initial password that the staff of a university (or an administrator) look after. */
    @Transactional(readOnly = true)
    public List<Account> awaitingPasswordSetting(Predicate<Long> universityVisible) {
        return accounts.findByPasswordsSetAtIsNullAndEcsIdIsNullOrderByCreatedAtDesc().stream()
                .filter(a -> studentRecords.findByAccountIdOrderByCreatedAtAsc(a.getId()).stream()
                        .anyMatch(r -> universityVisible.test(r.getUniversityId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return accounts.findByEmailIgnoreCase(email).isPresent();
    }

    /** The account a re-applicant already has: same name in katakana, birth date and a student ID. */
    @Transactional(readOnly = true)
    public Optional<Account> findReapplicationMatch(String nameKana, LocalDate birthDate, String studentNumber) {
        if (nameKana == null || birthDate == null || studentNumber == null || studentNumber.isBlank()) {
            return Optional.empty();
        }
        List<Account> matches = accounts.findMatching(normalizeSpaces(nameKana), birthDate, studentNumber);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<StudentRecord> studentRecords(Long accountId) {
        return studentRecords.findByAccountIdOrderByCreatedAtAsc(accountId);
    }

    public Account open(String email, String language, AccountDetails details, SchoolRecord record) {
        Instant now = clock.instant();
        Account account = new Account(email, language, now);
        account.updatePersonalData(normalized(details), now);
        accounts.save(account);
        studentRecords.save(new StudentRecord(account.getId(), record, now));
        return account;
    }

    /**
     * A current student signed in at their university's directory: their account, opened at the first sign-in, takes
     * the directory's names and birth date, and their one student ID its school record, each time anew.
     */
    public Account signInStudent(Long universityId, String ecsId, String language, AccountDetails details,
            SchoolRecord record) {
        Instant now = clock.instant();
        Account account = accounts.findByUniversityIdAndEcsId(universityId, ecsId)
                .orElseGet(() -> Account.student(universityId, ecsId, language, now));
        account.updatePersonalData(normalized(new AccountDetails(details.nameKanji(), details.nameKana(),
                details.birthDate(), account.getPersonal())), now);
        accounts.save(account);
        List<StudentRecord> records = studentRecords.findByAccountIdOrderByCreatedAtAsc(account.getId());
        if (records.isEmpty()) {
            studentRecords.save(new StudentRecord(account.getId(), record, now));
        } else {
            records.get(0).update(record);
        }
        return account;
    }

    /**
     * The account a current student used at that university with that student number, which their graduate
     * registration takes over (keeping its mail address and orders).
     */
    public Optional<Account> findStudentAccount(Long universityId, String studentNumber) {
        return studentNumber == null || studentNumber.isBlank() ? Optional.empty()
                : accounts.findStudent(universityId, studentNumber.trim());
    }

    /** Adds a student ID to the account; returns the new record's id. */
    public Long addStudentRecord(Long accountId, SchoolRecord record) {
        return studentRecords.save(new StudentRecord(accountId, record, clock.instant())).getId();
    }

    /** Whether a student ID (university and number, case aside) belongs to any account already. */
    public boolean studentIdTaken(Long universityId, String studentNumber) {
        return studentRecords.existsByUniversityIdAndStudentNumberIgnoreCase(universityId, studentNumber);
    }

    /**
     * Moves an existing account to a new address with the re-application's data; the old address is returned. A
     * former student's account becomes a graduate's: its student ID takes the graduate record, and it logs in with
     * passwords from now on.
     */
    public String move(Long accountId, String newEmail, String language, AccountDetails details,
            SchoolRecord record) {
        Instant now = clock.instant();
        Account account = accounts.findById(accountId).orElseThrow();
        String previousEmail = account.getEmail();
        account.moveTo(newEmail, language, now);
        account.updatePersonalData(normalized(details), now);
        Optional<StudentRecord> same = studentRecords.findByAccountIdOrderByCreatedAtAsc(accountId).stream()
                .filter(r -> r.getUniversityId().equals(record.universityId()) && r.getStudentNumber() != null
                        && r.getStudentNumber().equalsIgnoreCase(record.studentNumber()))
                .findFirst();
        if (same.isEmpty()) {
            studentRecords.save(new StudentRecord(accountId, record, now));
        } else if (account.isStudent()) {
            same.get().update(record);
        }
        if (account.isStudent()) {
            account.leaveDirectory();
        }
        return previousEmail;
    }

    /** Gives the account a new login address; the old one is returned. */
    public String changeEmail(Long accountId, String newEmail) {
        Account account = accounts.findById(accountId).orElseThrow();
        String previousEmail = account.getEmail();
        account.changeEmail(newEmail, clock.instant());
        return previousEmail;
    }

    /**
     * A fresh random initial password; only its hash is kept. It leads only to the password setting. It commits on
     * its own, before the mail goes out, so the password works the moment it arrives.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String issueInitialPassword(Long accountId) {
        return replaceWithInitialPassword(accounts.findById(accountId).orElseThrow());
    }

    /**
     * A fresh initial password for an account still waiting for its password setting, in the caller's transaction:
     * if the mail that carries it fails, the new hash goes back with it and the previous password stays as it was.
     * Empty once the owner has set the passwords, which a re-issue must not undo.
     */
    public Optional<String> reissueInitialPassword(Long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        return account.awaitsPasswordSetting() ? Optional.of(replaceWithInitialPassword(account)) : Optional.empty();
    }

    /** Sets both passwords, replacing the initial one; the registration learns of it through an event. */
    public void setPasswords(Long accountId, String password, String secondPassword) {
        accounts.findById(accountId).orElseThrow()
                .setPasswords(passwordEncoder.encode(password), passwordEncoder.encode(secondPassword), clock.instant());
        events.publishEvent(new PasswordsSetEvent(accountId));
    }

    /** Whether the password matches the account's current (or initial) password. */
    @Transactional(readOnly = true)
    public boolean passwordMatches(Long accountId, String password) {
        String hash = accounts.findById(accountId).orElseThrow().getPasswordHash();
        return hash != null && password != null && passwordEncoder.matches(password, hash);
    }

    @Transactional(readOnly = true)
    public boolean secondPasswordMatches(Long accountId, String secondPassword) {
        String hash = accounts.findById(accountId).orElseThrow().getSecondPasswordHash();
        return hash != null && secondPassword != null && passwordEncoder.matches(secondPassword, hash);
    }

    public void changePassword(Long accountId, String newPassword) {
        accounts.findById(accountId).orElseThrow().changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
    }

    public void changeSecondPassword(Long accountId, String newSecondPassword) {
        accounts.findById(accountId).orElseThrow()
                .changeSecondPasswordHash(passwordEncoder.encode(newSecondPassword), clock.instant());
    }

    /** Re-hashes passwords stored with an older cost, while the plain ones are at hand after a good login. */
    public void upgradeHashes(Long accountId, String password, String secondPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getPasswordHash() != null && passwordEncoder.upgradeEncoding(account.getPasswordHash())) {
            account.changePasswordHash(passwordEncoder.encode(password), clock.instant());
        }
        if (account.getSecondPasswordHash() != null && passwordEncoder.upgradeEncoding(account.getSecondPasswordHash())) {
            account.changeSecondPasswordHash(passwordEncoder.encode(secondPassword), clock.instant());
        }
    }

    public void expireInitialPassword(Long accountId) {
        accounts.findById(accountId).orElseThrow().expireInitialPassword(clock.instant());
    }

    public void updateContact(Long accountId, PersonalDetails details) {
        accounts.findById(accountId).orElseThrow().updateContact(details, clock.instant());
    }

    public void chooseLanguage(Long accountId, String language) {
        accounts.findById(accountId).orElseThrow().chooseLanguage(language);
    }

    private String replaceWithInitialPassword(Account account) {
        Instant now = clock.instant();
        String password = randomPassword();
        account.issueInitialPassword(passwordEncoder.encode(password),
                now.plus(properties.initialPasswordValidity()), now);
        return password;
    }

    private String randomPassword() {
        String all = UPPER + LOWER + DIGITS;
        char[] chars = new char[INITIAL_PASSWORD_LENGTH];
        chars[0] = UPPER.charAt(random.nextInt(UPPER.length()));
        chars[1] = LOWER.charAt(random.nextInt(LOWER.length()));
        chars[2] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        for (int i = 3; i < chars.length; i++) {
            chars[i] = all.charAt(random.nextInt(all.length()));
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }

    private static AccountDetails normalized(AccountDetails d) {
        return new AccountDetails(normalizeSpaces(d.nameKanji()), normalizeSpaces(d.nameKana()), d.birthDate(),
                d.personal());
    }

    /** Names are compared with one half-width space between family and given name. */
    static String normalizeSpaces(String name) {
        return name == null ? null : name.replace('\u3000', ' ').trim().replaceAll(" +", " ");
    }
}
