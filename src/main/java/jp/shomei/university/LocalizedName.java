package jp.shomei.university;

import java.util.Locale;

/** Reference data named in both languages. */
public interface LocalizedName {

    String getNameJa();

    String getNameEn();

    default String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? getNameJa() : getNameEn();
    }
}
