package jp.shomei.certificate;

import java.time.LocalDate;

/**
 * A certificate just issued: its id (for revoking it), the verification code printed on it (known only here; the
 * service keeps its hash), the date of issue and the PDF to print.
 */
public record IssuedCertificate(long id, String verificationCode, LocalDate issuedOn, byte[] pdf) {
}
