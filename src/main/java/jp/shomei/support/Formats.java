package jp.shomei.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats of Japanese names, postal codes and phone numbers, shared by every form that asks for them. */
public final class Formats {

    /** Family and given name separated by one space (half- or full-width). */
    public static final String NAME_WITH_SPACE = "^\\S+[ \u3000]\\S+$";
    public static final String KATAKANA_WITH_SPACE = "^[\u30A1-\u30FA\u30FC]+[ \u3000][\u30A1-\u30FA\u30FC]+$";
    public static final String ROMAN_WITH_SPACE = "^[A-Za-z'.-]+ [A-Za-z'.-]+$";
    public static final String POSTAL_CODE = "^\\d{3}-?\\d{4}$";
    public static final String PHONE = "^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$";
    public static final String MOBILE = "^0[5789]0-?\\d{4}-?\\d{4}$";

    private static final String DASHES = "[‐‑–—−ーｰ]";
    private static final Pattern TYPED_POSTAL_CODE = Pattern.compile("(\\d{3})[-‐‑–—−ーｰ]?(\\d{4})");
    private static final Pattern TYPED_MOBILE = Pattern.compile("(0[5789]0)(\\d{4})(\\d{4})");

    private Formats() {
    }

    /**
     * A postal code as people type it ("1000004", "１００－０００４") becomes "100-0004", so the confirmation and the
     * stored data show one form; anything else is kept (in half-width) for validation to refuse.
     */
    public static String postalCode(String typed) {
        if (typed == null) {
            return null;
        }
        String normalized = InputNormalization.halfWidth(typed);
        Matcher matcher = TYPED_POSTAL_CODE.matcher(normalized);
        return matcher.matches() ? matcher.group(1) + "-" + matcher.group(2) : normalized;
    }

    /**
     * A phone number in half-width with plain hyphens; a mobile number typed without them ("09011112222") gets them
     * ("090-1111-2222"). Other numbers keep their digits as typed, since where a landline's area code ends cannot
     * be told from the digits alone.
     */
    public static String phone(String typed) {
        if (typed == null) {
            return null;
        }
        String normalized = InputNormalization.halfWidth(typed).replaceAll(DASHES, "-");
        Matcher mobile = TYPED_MOBILE.matcher(normalized);
        return mobile.matches() ? mobile.group(1) + "-" + mobile.group(2) + "-" + mobile.group(3) : normalized;
    }
}
