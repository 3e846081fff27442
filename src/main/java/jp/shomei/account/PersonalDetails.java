package jp.shomei.account;

import jakarta.persistence.Embeddable;

/**
 * A graduate's address, contact and purpose: asked in the application, kept with it and in the account, and
 * changed in Personal setting (2.4(a)).
 */
@Embeddable
public record PersonalDetails(String postalCode, String prefecture, String city, String street, String building,
        String phone, String mobile, String contactEmail, String intendedUse, String employerName,
        String employerPostalCode) {
}
