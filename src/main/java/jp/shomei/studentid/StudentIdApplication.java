package jp.shomei.studentid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.YearMonth;
import jp.shomei.account.SchoolRecord;
import jp.shomei.registration.LeavingType;

/**
 * A graduate's application to add a student ID to the account (manual 2.3): created when the one-time URL is asked
 * for, it holds the school record once the form is submitted.
 */
@Entity
public class StudentIdApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private Long universityId;
    private Long departmentId;
    private Long subjectId;
    private Long degreeProgramId;
    private String studentNumber;
    private String schoolNameKanji;
    private String schoolNameKana;
    private String schoolNameRoman;

    @Column(name = "matriculation_ym")
    private YearMonth matriculation;

    @Column(name = "graduation_ym")
    private YearMonth graduation;

    @Enumerated(EnumType.STRING)
    private LeavingType leavingType;

    private Long documentTypeId;

    @Enumerated(EnumType.STRING)
    private StudentIdStatus status;

    private int submissionCount;
    private String processInstanceId;
    private Long studentRecordId;
    private Instant createdAt;
    private Instant submittedAt;

    /** When the identity-document images were deleted after the final decision; null while they are kept. */
    private Instant documentsDeletedAt;

    /** When the application ended (approved, rejected, expired, replaced or found taken); null while it is open. */
    private Instant closedAt;

    /** When the personal data of an application closed without approval was removed. */
    private Instant anonymisedAt;

    protected StudentIdApplication() {
    }

    StudentIdApplication(Long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.status = StudentIdStatus.URL_SENT;
    }

    /** The form's values, at the first application or a corrected one. */
    void take(StudentIdForm form, Instant now) {
        this.universityId = form.getUniversityId();
        this.departmentId = form.getDepartmentId();
        this.subjectId = form.getSubjectId();
        this.degreeProgramId = form.getDegreeProgramId();
        this.studentNumber = form.getStudentNumber();
        this.schoolNameKanji = form.getSchoolNameKanji();
        this.schoolNameKana = form.getSchoolNameKana();
        this.schoolNameRoman = form.getSchoolNameRoman();
        this.matriculation = form.getMatriculation();
        this.graduation = form.getGraduation();
        this.leavingType = form.getLeavingType();
        this.documentTypeId = form.getDocumentTypeId();
        this.status = StudentIdStatus.UNDER_REVIEW;
        this.submissionCount++;
        this.submittedAt = now;
    }

    StudentIdForm toForm() {
        StudentIdForm form = new StudentIdForm();
        form.setUniversityId(universityId);
        form.setDepartmentId(departmentId);
        form.setSubjectId(subjectId);
        form.setDegreeProgramId(degreeProgramId);
        form.setStudentNumber(studentNumber);
        form.setSchoolNameKanji(schoolNameKanji);
        form.setSchoolNameKana(schoolNameKana);
        form.setSchoolNameRoman(schoolNameRoman);
        form.setMatriculation(matriculation);
        form.setGraduation(graduation);
        form.setLeavingType(leavingType);
        form.setDocumentTypeId(documentTypeId);
        return form;
    }

    SchoolRecord schoolRecord() {
        return new SchoolRecord(universityId, departmentId, subjectId, degreeProgramId, studentNumber,
                schoolNameKanji, schoolNameKana, schoolNameRoman, matriculation, graduation, leavingType.name());
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void approved(Long studentRecordId, Instant now) {
        this.studentRecordId = studentRecordId;
        this.status = StudentIdStatus.APPROVED;
        this.closedAt = now;
    }

    void close(StudentIdStatus status, Instant now) {
        this.status = status;
        this.closedAt = now;
    }

    /** Blanks the student ID and school name applied for; the university, the course and the decisions stay. */
    void anonymise(Instant now) {
        this.studentNumber = null;
        this.schoolNameKanji = null;
        this.schoolNameKana = null;
        this.schoolNameRoman = null;
        this.anonymisedAt = now;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    void documentsDeleted(Instant now) {
        this.documentsDeletedAt = now;
    }

    public Instant getDocumentsDeletedAt() {
        return documentsDeletedAt;
    }

    void setStatus(StudentIdStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
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

    public String getSchoolNameKanji() {
        return schoolNameKanji;
    }

    public String getSchoolNameKana() {
        return schoolNameKana;
    }

    public String getSchoolNameRoman() {
        return schoolNameRoman;
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

    public Long getDocumentTypeId() {
        return documentTypeId;
    }

    public StudentIdStatus getStatus() {
        return status;
    }

    public int getSubmissionCount() {
        return submissionCount;
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
}
