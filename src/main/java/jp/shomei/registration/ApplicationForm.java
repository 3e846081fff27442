package jp.shomei.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.account.PersonalForm;
import jp.shomei.support.DateInput;
import jp.shomei.support.Formats;
import jp.shomei.support.PlainText;

/**
 * The applicant form of manual 2.1 step 9-13, as entered; checked field by field and then as a whole. Its address,
 * contact and purpose are the personal details a graduate can later change, checked alike.
 */
public class ApplicationForm extends PersonalForm implements SchoolRecordFields {

    @NotNull
    private ApplicationType applicationType = ApplicationType.NEW;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Formats.NAME_WITH_SPACE, message = "{validation.nameWithSpace}")
    @PlainText
    private String nameKanji;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Formats.KATAKANA_WITH_SPACE, message = "{validation.katakana}")
    private String nameKana;

    @NotNull
    @Past
    @DateInput
    private LocalDate birthDate;

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

    @NotNull
    private Long universityId;

    @NotNull
    private Long departmentId;

    @NotNull
    private Long subjectId;

    @NotNull
    private Long degreeProgramId;

    @Size(max = 20)
    @Pattern(regexp = "^[A-Za-z0-9-]*$", message = "{validation.studentNumber}")
    private String studentNumber;

    @DateInput
    private YearMonth matriculation;

    @NotNull
    @DateInput
    private YearMonth graduation;

    @NotNull
    private LeavingType leavingType;

    @NotNull
    private Long documentTypeId;

    public ApplicationType getApplicationType() {
        return applicationType;
    }

    public void setApplicationType(ApplicationType applicationType) {
        this.applicationType = applicationType;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public void setNameKanji(String nameKanji) {
        this.nameKanji = nameKanji;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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

    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

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

    public YearMonth getMatriculation() {
        return matriculation;
    }

    public void setMatriculation(YearMonth matriculation) {
        this.matriculation = matriculation;
    }

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

    public Long getDocumentTypeId() {
        return documentTypeId;
    }

    public void setDocumentTypeId(Long documentTypeId) {
        this.documentTypeId = documentTypeId;
    }
}
