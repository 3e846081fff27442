package jp.shomei.certificate;

import java.time.LocalDate;

/** Everything one printed certificate shows: its content, the date of issue and its verification code. */
public record CertificateSheet(CertificateContent content, LocalDate issuedOn, String verificationCode) {
}
