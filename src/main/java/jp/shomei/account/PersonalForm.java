package jp.shomei.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import jp.shomei.support.Formats;
import jp.shomei.support.PlainText;

/**
 * Personal setting (2.4(a)): what a graduate may change about themselves. The application form of registration
 * asks for the same, with the same checks, and builds on this one.
 */
public class PersonalForm implements Serializable {

    @NotBlank
    @Pattern(regexp = "^$|" + Formats.POSTAL_CODE, message = "{validation.postalCode}")
    private String postalCode;

    @NotBlank
    @Size(max = 20)
    @PlainText
    private String prefecture;

    @NotBlank
    @Size(max = 100)
    @PlainText
    private String city;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String street;

    @Size(max = 200)
    @PlainText
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
    @PlainText
    private String contactEmail;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String intendedUse;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String submissionPlace;

    @Size(max = 200)
    @PlainText
    private String employerName;

    @Pattern(regexp = "^$|" + Formats.POSTAL_CODE, message = "{validation.postalCode}")
    private String employerPostalCode;

    static PersonalForm of(Account account) {
        PersonalForm form = new PersonalForm();
        form.fillFrom(account.getPersonal());
        return form;
    }

    /** Fills the fields from what was kept, as the form to start from. */
    public void fillFrom(PersonalDetails details) {
        postalCode = details.postalCode();
        prefecture = details.prefecture();
        city = details.city();
        street = details.street();
        building = details.building();
        phone = details.phone();
        mobile = details.mobile();
        contactEmail = details.contactEmail();
        intendedUse = details.intendedUse();
        submissionPlace = details.submissionPlace();
        employerName = details.employerName();
        employerPostalCode = details.employerPostalCode();
    }

    public PersonalDetails toDetails() {
        return new PersonalDetails(postalCode, prefecture, city, street, building, phone, mobile, contactEmail,
                intendedUse, submissionPlace, employerName, employerPostalCode);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = Formats.postalCode(postalCode);
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
        this.phone = Formats.phone(phone);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = Formats.phone(mobile);
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
        this.employerPostalCode = Formats.postalCode(employerPostalCode);
    }
}
