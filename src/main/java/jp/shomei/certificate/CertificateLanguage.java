package jp.shomei.certificate;

import java.util.Locale;

/** The language a certificate is written in; each type of certificate exists in one or both. */
public enum CertificateLanguage {
    JA(Locale.JAPANESE), EN(Locale.ENGLISH);

    private final Locale locale;

    CertificateLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Of two names, the one in this language. */
    String pick(String ja, String en) {
        return this == JA ? ja : en;
    }
}
