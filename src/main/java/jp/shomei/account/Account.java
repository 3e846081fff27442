package jp.shomei.account;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A graduate's account (the login address, the personal data, the password hashes), or a current student's: found by
 * university and ECS-ID, filled from the university's directory at each sign-in, without passwords or address, and
 * without a mail address until the first one is confirmed.
 */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String language;
    private Long universityId;
    private String ecsId;
    private String nameKanji;
    private String nameKana;
    private LocalDate birthDate;

    @Embedded
    private PersonalDetails personal;

    private String passwordHash;
    private String secondPasswordHash;
    private Instant initialPasswordExpiresAt;
    private Instant passwordsSetAt;
    /** Sessions signed in before this are ended; null while every session counts. */
    private Instant sessionsValidFrom;
    private Instant createdAt;
    private Instant updatedAt;

    protected Account() {
    }

    public Account(String email, String language, Instant now) {
        this.email = email;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A current student's account at their first sign-in. */
    static Account student(Long universityId, String ecsId, String language, Instant now) {
        Account account = new Account(null, language, now);
        account.universityId = universityId;
        account.ecsId = ecsId;
        return account;
    }

    /** A former student's account linked by their graduate registration: from now on they log in as a graduate. */
    void leaveDirectory() {
        this.universityId = null;
        this.ecsId = null;
    }

    /** Whether this is a current student's account, signed in through the university's directory. */
    public boolean isStudent() {
        return ecsId != null;
    }

    public void updatePersonalData(AccountDetails details, Instant now) {
        this.nameKanji = details.nameKanji();
        this.nameKana = details.nameKana();
        this.birthDate = details.birthDate();
        this.personal = details.personal();
        this.updatedAt = now;
    }

    /** Personal setting (2.4(a)): address, phones and employer change; name and birth date do not. */
    void updateContact(PersonalDetails details, Instant now) {
        this.personal = details;
        this.updatedAt = now;
    }

    /** Until both passwords are set, the account only opens the Password Setting screen. */
    public boolean awaitsPasswordSetting() {
        return passwordsSetAt == null && !isStudent();
    }

    public boolean initialPasswordExpiredAt(Instant now) {
        return awaitsPasswordSetting() && (initialPasswordExpiresAt == null || !now.isBefore(initialPasswordExpiresAt));
    }

    void expireInitialPassword(Instant now) {
        if (awaitsPasswordSetting()) {
            this.initialPasswordExpiresAt = now;
            this.updatedAt = now;
        }
    }

    void changePasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.updatedAt = now;
    }

    void changeSecondPasswordHash(String hash, Instant now) {
        this.secondPasswordHash = hash;
        this.updatedAt = now;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    /** Moves the account to a new login address (re-application with a lost address). */
    void moveTo(String newEmail, String language, Instant now) {
        this.email = newEmail;
        this.language = language;
        this.updatedAt = now;
    }

    /** Change of the login address confirmed from the new address (2.4(b)); the language stays. */
    void changeEmail(String newEmail, Instant now) {
        this.email = newEmail;
        this.updatedAt = now;
    }

    /** An initial password replaces both passwords until the owner sets new ones. */
    void issueInitialPassword(String hash, Instant expiresAt, Instant now) {
        this.passwordHash = hash;
        this.secondPasswordHash = null;
        this.initialPasswordExpiresAt = expiresAt;
        this.passwordsSetAt = null;
        this.updatedAt = now;
    }

    void setPasswords(String passwordHash, String secondPasswordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.secondPasswordHash = secondPasswordHash;
        this.initialPasswordExpiresAt = null;
        this.passwordsSetAt = now;
        this.updatedAt = now;
    }

    void endSessionsBefore(Instant moment) {
        this.sessionsValidFrom = moment;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public String getNameKana() {
        return nameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public PersonalDetails getPersonal() {
        return personal;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getSecondPasswordHash() {
        return secondPasswordHash;
    }

    public Instant getInitialPasswordExpiresAt() {
        return initialPasswordExpiresAt;
    }

    public Instant getPasswordsSetAt() {
        return passwordsSetAt;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public String getEcsId() {
        return ecsId;
    }
}
