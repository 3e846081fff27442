package jp.shomei.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.support.Formats;
import org.springframework.format.annotation.DateTimeFormat;

/** The applicant form of manual 2.1 step 9-13, as entered; checked field by field and then as a whole. */
public class ApplicationForm implements Serializable {

    @NotNull
    private ApplicationType applicationType = ApplicationType.NEW;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Formats.NAME_WITH_SPACE, message = "{validation.nameWithSpace}")
    private String nameKanji;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Formats.KATAKANA_WITH_SPACE, message = "{validation.katakana}")
    private String nameKana;

    @NotNull
    @Past
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + Formats.NAME_WITH_SPACE, message = "{validation.nameWithSpace}")
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

    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth matriculation;

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth graduation;

    @NotNull
    private LeavingType leavingType;

    @NotBlank
    @Pattern(regexp = "^$|" + Formats.POSTAL_CODE, message = "{validation.postalCode}")
    private String postalCode;

    @NotBlank
    @Size(max = 20)
    private String prefecture;

    @NotBlank
    @Size(max = 100)
    private String city;

    @NotBlank
    @Size(max = 200)
    private String street;

    @Size(max = 200)
    private String building;

    @NotBlank
    @Pattern(regexp = "^$|" + Formats.PHONE, message = "{validation.phone}")
    private String phone;

    @NotBlank
    @Pattern(regexp = "^$|" + Formats.MOBILE, message = "{validation.mobile}")
    private String mobile;

    @NotBlank
    @Email
    @Size(max = 254)
    private String contactEmail;

    @NotBlank
    @Size(max = 200)
    private String intendedUse;

    @NotBlank
    @Size(max = 200)
    private String submissionPlace;

    @Size(max = 200)
    private String employerName;

    @Pattern(regexp = "^$|" + Formats.POSTAL_CODE, message = "{validation.postalCode}")
    private String employerPostalCode;

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

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getIntendedUse() {
        return intendedUse;
    }

    public void setIntendedUse(String intendedUse) {
        this.intendedUse = intendedUse;
    }

    public String getSubmissionPlace() {
        return submissionPlace;
    }

    public void setSubmissionPlace(String submissionPlace) {
        this.submissionPlace = submissionPlace;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getEmployerPostalCode() {
        return employerPostalCode;
    }

    public void setEmployerPostalCode(String employerPostalCode) {
        this.employerPostalCode = employerPostalCode;
    }

    public Long getDocumentTypeId() {
        return documentTypeId;
    }

    public void setDocumentTypeId(Long documentTypeId) {
        this.documentTypeId = documentTypeId;
    }
}
