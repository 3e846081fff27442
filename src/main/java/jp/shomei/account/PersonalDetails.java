package jp.shomei.account;

import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shomei.support.Prefecture;

/**
 * A graduate's address, contact, purpose and place of submission: asked in the application, kept with it and in the account, and
 * changed in Personal setting (2.4(a)).
 */
@Embeddable
public record PersonalDetails(String postalCode, String prefecture, String city, String street, String building,
        String phone, String mobile, String contactEmail, String intendedUse, String submissionPlace,
        String employerName, String employerPostalCode) {

    /**
     * The address as the graduate typed it, in Japanese or in Latin letters: its parts apart (run together, "東京都"
     * and "Chiyoda-ku" would merge), the prefecture in the reader's language.
     */
    public String address(Locale locale) {
        return Stream.of("〒" + postalCode, Prefecture.of(prefecture).map(known -> known.name(locale)).orElse(prefecture),
                        city, street, building)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
