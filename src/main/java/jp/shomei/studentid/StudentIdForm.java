package jp.shomei.studentid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.YearMonth;
import jp.shomei.registration.LeavingType;
import jp.shomei.registration.SchoolRecordFields;
import jp.shomei.support.DateInput;
import jp.shomei.support.Formats;
import jp.shomei.support.PlainText;

/**
 * The school record of the student ID to add (manual 2.3), with the same fields and rules as the registration's;
 * the student ID number is required here, since it is what the account gains.
 */
public class StudentIdForm implements SchoolRecordFields, Serializable {

    @NotNull
    private Long universityId;

    @NotNull
    private Long departmentId;

    @NotNull
    private Long subjectId;

    @NotNull
    private Long degreeProgramId;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "^[A-Za-z0-9-]*$", message = "{validation.studentNumber}")
    private String studentNumber;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + Formats.NAME_WITH_SPACE, message = "{validation.nameWithSpace}")
    @PlainText
    private String schoolNameKanji;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + Formats.KATAKANA_WITH_SPACE, message = "{validation.katakana}")
    private String schoolNameKana;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + Formats.ROMAN_WITH_SPACE, message = "{validation.roman}")
    private String schoolNameRoman;

    @DateInput
    private YearMonth matriculation;

    @NotNull
    @DateInput
    private YearMonth graduation;

    @NotNull
    private LeavingType leavingType;

    @NotNull
    private Long documentTypeId;

    @Override
    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }

    @Override
    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    @Override
    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    @Override
    public Long getDegreeProgramId() {
        return degreeProgramId;
    }

    public void setDegreeProgramId(Long degreeProgramId) {
        this.degreeProgramId = degreeProgramId;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public String getSchoolNameKanji() {
        return schoolNameKanji;
    }

    public void setSchoolNameKanji(String schoolNameKanji) {
        this.schoolNameKanji = schoolNameKanji;
    }

    public String getSchoolNameKana() {
        return schoolNameKana;
    }

    public void setSchoolNameKana(String schoolNameKana) {
        this.schoolNameKana = schoolNameKana;
    }

    public String getSchoolNameRoman() {
        return schoolNameRoman;
    }

    public void setSchoolNameRoman(String schoolNameRoman) {
        this.schoolNameRoman = schoolNameRoman;
    }

    @Override
    public YearMonth getMatriculation() {
        return matriculation;
    }

    public void setMatriculation(YearMonth matriculation) {
        this.matriculation = matriculation;
    }

    @Override
    public YearMonth getGraduation() {
        return graduation;
    }

    public void setGraduation(YearMonth graduation) {
        this.graduation = graduation;
    }

    public LeavingType getLeavingType() {
        return leavingType;
    }

    public void setLeavingType(LeavingType leavingType) {
        this.leavingType = leavingType;
    }

    @Override
    public Long getDocumentTypeId() {
        return documentTypeId;
    }

    public void setDocumentTypeId(Long documentTypeId) {
        this.documentTypeId = documentTypeId;
    }
}
