package jp.shomei.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import jp.shomei.support.InputNormalization;

/**
 * Verification codes: 80 random bits as 16 characters of Crockford's base32 (no I, L, O or U), printed in groups of
 * four ({@code K7QF-2M9X-...}). Typed codes are read as Crockford meant: case, spaces, hyphens and full-width forms
 * do not matter, and O, I and L stand for 0, 1 and 1.
 */
final class VerificationCode {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private VerificationCode() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, reduced to its 16 characters; anything else comes back reduced alike, and matches nothing. */
    static String canonical(String typed) {
        String text = InputNormalization.halfWidth(typed == null ? "" : typed).toUpperCase(Locale.ROOT);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length() && code.length() <= LENGTH; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u30FC' -> {
                }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> code.append(c);
            }
        }
        return code.toString();
    }

    /** What is stored and looked up: the SHA-256 of the canonical code, so that the table alone proves nothing. */
    static String hash(String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
