package jp.shomei.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.YearMonth;

/** One student ID of a graduate: the school record a certificate is issued from. */
@Entity
public class StudentRecord {

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

    private String leavingType;
    private Instant createdAt;

    protected StudentRecord() {
    }

    public StudentRecord(Long accountId, SchoolRecord record, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        update(record);
    }

    /** The school data; a current student's is brought up to date from the directory at each sign-in. */
    void update(SchoolRecord record) {
        this.universityId = record.universityId();
        this.departmentId = record.departmentId();
        this.subjectId = record.subjectId();
        this.degreeProgramId = record.degreeProgramId();
        this.studentNumber = record.studentNumber();
        this.schoolNameKanji = record.schoolNameKanji();
        this.schoolNameKana = record.schoolNameKana();
        this.schoolNameRoman = record.schoolNameRoman();
        this.matriculation = record.matriculation();
        this.graduation = record.graduation();
        this.leavingType = record.leavingType();
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

    public YearMonth getGraduation() {
        return graduation;
    }

    public YearMonth getMatriculation() {
        return matriculation;
    }

    /** GRADUATED, WITHDRAWN or EXPELLED (registration's LeavingType). */
    public String getLeavingType() {
        return leavingType;
    }

    /** The name as enrolled, when it differs from the account's (blank otherwise). */
    public String getSchoolNameKanji() {
        return schoolNameKanji;
    }

    public String getSchoolNameKana() {
        return schoolNameKana;
    }

    public String getSchoolNameRoman() {
        return schoolNameRoman;
    }
}
