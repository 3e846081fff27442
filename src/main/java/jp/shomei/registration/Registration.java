package jp.shomei.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.shomei.account.PersonalDetails;

/** One registration journey: from the mail address to the decision, with the data last submitted. */
@Entity
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String language;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private String processInstanceId;

    private Instant createdAt;

    private Instant submittedAt;

    private int submissionCount;

    private String termsVersion;

    private Instant termsAcceptedAt;

    @Enumerated(EnumType.STRING)
    private ApplicationType applicationType;

    private String nameKanji;
    private String nameKana;
    private LocalDate birthDate;
    private String schoolNameKanji;
    private String schoolNameKana;
    private String schoolNameRoman;
    private Long universityId;
    private Long departmentId;
    private Long subjectId;
    private Long degreeProgramId;
    private String studentNumber;

    @Column(name = "matriculation_ym")
    private YearMonth matriculation;

    @Column(name = "graduation_ym")
    private YearMonth graduation;

    @Enumerated(EnumType.STRING)
    private LeavingType leavingType;

    @Embedded
    private PersonalDetails personal;

    private Long documentTypeId;

    /** For a re-application: the existing account that the applicant's data matches, if any. */
    private Long matchedAccountId;

    /** The account opened or moved by the approval. */
    private Long accountId;

    /** For a re-application: the address the moved account had before. */
    private String previousEmail;

    /** The form fields (comma-separated) the last resubmission changed; null for a first submission. */
    private String changesSinceLast;

    /** When the identity-document images were deleted after the final decision; null while they are kept. */
    private Instant documentsDeletedAt;

    /** When the registration was approved, rejected or expired; null while it is open. */
    private Instant closedAt;

    /** When the personal data of a registration closed without approval was removed. */
    private Instant anonymisedAt;

    protected Registration() {
    }

    public Registration(String email, Locale language, Instant now) {
        this.email = email;
        this.language = language.getLanguage();
        this.status = RegistrationStatus.URL_SENT;
        this.createdAt = now;
    }

    /** Takes the submitted form as the application's current data. */
    void submit(ApplicationForm form, String termsVersion, Instant termsAcceptedAt, Instant now) {
        this.applicationType = form.getApplicationType();
        this.nameKanji = form.getNameKanji();
        this.nameKana = form.getNameKana();
        this.birthDate = form.getBirthDate();
        this.schoolNameKanji = form.getSchoolNameKanji();
        this.schoolNameKana = form.getSchoolNameKana();
        this.schoolNameRoman = form.getSchoolNameRoman();
        this.universityId = form.getUniversityId();
        this.departmentId = form.getDepartmentId();
        this.subjectId = form.getSubjectId();
        this.degreeProgramId = form.getDegreeProgramId();
        this.studentNumber = form.getStudentNumber();
        this.matriculation = form.getMatriculation();
        this.graduation = form.getGraduation();
        this.leavingType = form.getLeavingType();
        this.personal = form.toDetails();
        this.documentTypeId = form.getDocumentTypeId();
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = termsAcceptedAt;
        this.submittedAt = now;
        this.submissionCount++;
        this.status = RegistrationStatus.UNDER_REVIEW;
    }

    /** The current data as a form, for a resubmission to start from. */
    ApplicationForm toForm() {
        ApplicationForm form = new ApplicationForm();
        form.setApplicationType(applicationType);
        form.setNameKanji(nameKanji);
        form.setNameKana(nameKana);
        form.setBirthDate(birthDate);
        form.setSchoolNameKanji(schoolNameKanji);
        form.setSchoolNameKana(schoolNameKana);
        form.setSchoolNameRoman(schoolNameRoman);
        form.setUniversityId(universityId);
        form.setDepartmentId(departmentId);
        form.setSubjectId(subjectId);
        form.setDegreeProgramId(degreeProgramId);
        form.setStudentNumber(studentNumber);
        form.setMatriculation(matriculation);
        form.setGraduation(graduation);
        form.setLeavingType(leavingType);
        form.fillFrom(personal);
        form.setDocumentTypeId(documentTypeId);
        return form;
    }

    void changed(List<String> fields) {
        this.changesSinceLast = String.join(",", fields);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void matchedAccount(Long accountId) {
        this.matchedAccountId = accountId;
    }

    void resubmissionRequested() {
        this.status = RegistrationStatus.RESUBMISSION_REQUESTED;
    }

    void rejected(Instant now) {
        this.status = RegistrationStatus.REJECTED;
        this.closedAt = now;
    }

    void expired(Instant now) {
        this.status = RegistrationStatus.EXPIRED;
        this.closedAt = now;
    }

    void approved(Long accountId, String previousEmail, Instant now) {
        this.status = RegistrationStatus.APPROVED;
        this.closedAt = now;
        this.accountId = accountId;
        this.previousEmail = previousEmail;
    }

    void documentsDeleted(Instant now) {
        this.documentsDeletedAt = now;
    }

    /**
     * Blanks who the applicant is (the address column stays, empty, as it is required); what was applied for at
     * which university, and the decisions, stay.
     */
    void anonymise(Instant now) {
        this.email = "";
        this.previousEmail = null;
        this.nameKanji = null;
        this.nameKana = null;
        this.birthDate = null;
        this.schoolNameKanji = null;
        this.schoolNameKana = null;
        this.schoolNameRoman = null;
        this.studentNumber = null;
        this.personal = null;
        this.anonymisedAt = now;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getDocumentsDeletedAt() {
        return documentsDeletedAt;
    }

    public boolean isReapplication() {
        return applicationType == ApplicationType.REAPPLICATION;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Long getId() {
        return id;
    }

    /** What the applicant is told at reception and in the mails, and what the application list shows. */
    public String receptionNumber() {
        return "R-" + id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getSubmissionCount() {
        return submissionCount;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public ApplicationType getApplicationType() {
        return applicationType;
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

    public String getSchoolNameKanji() {
        return schoolNameKanji;
    }

    public String getSchoolNameKana() {
        return schoolNameKana;
    }

    public String getSchoolNameRoman() {
        return schoolNameRoman;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getDegreeProgramId() {
        return degreeProgramId;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public YearMonth getMatriculation() {
        return matriculation;
    }

    public YearMonth getGraduation() {
        return graduation;
    }

    public LeavingType getLeavingType() {
        return leavingType;
    }

    public PersonalDetails getPersonal() {
        return personal;
    }

    public String getSubmissionPlace() {
        return personal == null ? null : personal.submissionPlace();
    }

    public Long getDocumentTypeId() {
        return documentTypeId;
    }

    public Long getMatchedAccountId() {
        return matchedAccountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPreviousEmail() {
        return previousEmail;
    }

    public String getChangesSinceLast() {
        return changesSinceLast;
    }
}
