package jp.shomei.account;

import java.time.LocalDate;

/** The personal data an account keeps, as approved from an application. */
public record AccountDetails(String nameKanji, String nameKana, LocalDate birthDate, String postalCode,
        String prefecture, String city, String street, String building, String phone, String mobile,
        String contactEmail, String employerName, String employerPostalCode) {
}
