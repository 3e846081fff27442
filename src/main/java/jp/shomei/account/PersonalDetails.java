package jp.shomei.account;

import jakarta.persistence.Embeddable;

/**
 * A graduate's address, contact, purpose and place of submission: asked in the application, kept with it and in the account, and
 * changed in Personal setting (2.4(a)).
 */
@Embeddable
public record PersonalDetails(String postalCode, String prefecture, String city, String street, String building,
        String phone, String mobile, String contactEmail, String intendedUse, String submissionPlace,
        String employerName, String employerPostalCode) {
}
