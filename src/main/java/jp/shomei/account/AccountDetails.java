package jp.shomei.account;

import java.time.LocalDate;

/** The personal data an account keeps, as approved from an application. */
public record AccountDetails(String nameKanji, String nameKana, LocalDate birthDate, PersonalDetails personal) {
}
