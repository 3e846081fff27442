package jp.shomei.certificate;

/**
 * A text of a certificate has a character that the certificate's font cannot show (a rare variant kanji, an emoji).
 * Printing a blank or a look-alike would state another name, so the certificate is not issued; the message says
 * which field and which character, for the administrators who read it as the incident in Cockpit.
 */
public class UnprintableCharacterException extends IllegalArgumentException {

    private final String field;
    private final int codePoint;

    UnprintableCharacterException(String field, int codePoint) {
        super(String.format("Certificate not issued: the %1$s has the character U+%2$04X, which the certificate font"
                + " (Noto Sans JP) cannot show. Correct the %1$s where it is kept (for a name, with its holder), then"
                + " retry.", field, codePoint));
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The field as the message names it, e.g. "name in kanji". */
    public String field() {
        return field;
    }

    public int codePoint() {
        return codePoint;
    }
}
