package jp.shomei.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.shomei.security.LoginThrottles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates and answers for them: each issued certificate gets a verification code, printed on it and
 * kept here only as a hash with the fields the public may see. The PDF is not kept; it goes to the print network
 * or to staff, and what it states stays in the student ID's records.
 */
@Service
public class Certificates {

    static final String VERIFICATION = "verification";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final IssuedCertificateRepository issued;
    private final CertificatePdf pdf;
    private final LoginThrottles throttles;
    private final VerificationProperties verification;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(IssuedCertificateRepository issued, CertificatePdf pdf, LoginThrottles throttles,
            VerificationProperties verification, Clock clock) {
        this.issued = issued;
        this.pdf = pdf;
        this.throttles = throttles;
        this.verification = verification;
        this.clock = clock;
    }

    /** Issues one certificate dated today (Japan time) with a new verification code, and renders it. */
    @Transactional
    public IssuedCertificate issue(CertificateContent content) {
        Instant now = clock.instant();
        LocalDate issuedOn = LocalDate.ofInstant(now, JAPAN);
        String code = VerificationCode.generate(random);
        IssuedCertificateRecord record = issued.save(new IssuedCertificateRecord(
                VerificationCode.hash(VerificationCode.canonical(code)), content, issuedOn, now));
        byte[] document = pdf.render(new CertificateSheet(content, issuedOn, code));
        return new IssuedCertificate(record.getId(), code, issuedOn, document);
    }

    /** From now on the certificate's code answers "revoked"; revoking again changes nothing. */
    @Transactional
    public void revoke(long certificateId) {
        issued.findById(certificateId).orElseThrow().revoke(clock.instant());
    }

    /**
     * What the verification page answers a client for a typed code, or empty while that client has tried too often.
     * Valid, revoked, unknown and malformed codes take the same steps (a hash, one lookup by it) and at least the
     * same time.
     */
    public Optional<Verification> verify(String typedCode, String clientAddress) {
        long started = System.nanoTime();
        if (!throttles.countTry(VERIFICATION, clientAddress, verification.triesPerClient(), verification.window())) {
            return Optional.empty();
        }
        Verification answer = issued.findByCodeHash(VerificationCode.hash(VerificationCode.canonical(typedCode)))
                .map(IssuedCertificateRecord::verification)
                .orElse(Verification.UNKNOWN);
        waitUntil(started, verification.answerTime());
        return Optional.of(answer);
    }

    private static void waitUntil(long started, Duration answerTime) {
        long remaining = answerTime.toNanos() - (System.nanoTime() - started);
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining).toMillis(), (int) (remaining % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
