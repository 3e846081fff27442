package jp.shomei.account;

/** What a graduate changes in Personal setting (2.4(a)). */
public record PersonalDetails(String postalCode, String prefecture, String city, String street, String building,
        String phone, String mobile, String contactEmail, String intendedUse, String employerName,
        String employerPostalCode) {
}
