package jp.shomei.support;

/** Formats of Japanese names, postal codes and phone numbers, shared by every form that asks for them. */
public final class Formats {

    /** Family and given name separated by one space (half- or full-width). */
    public static final String NAME_WITH_SPACE = "^\\S+[ \u3000]\\S+$";
    public static final String KATAKANA_WITH_SPACE = "^[\u30A1-\u30FA\u30FC]+[ \u3000][\u30A1-\u30FA\u30FC]+$";
    public static final String ROMAN_WITH_SPACE = "^[A-Za-z'.-]+ [A-Za-z'.-]+$";
    public static final String POSTAL_CODE = "^\\d{3}-?\\d{4}$";
    public static final String PHONE = "^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$";
    public static final String MOBILE = "^0[5789]0-?\\d{4}-?\\d{4}$";

    private Formats() {
    }
}
