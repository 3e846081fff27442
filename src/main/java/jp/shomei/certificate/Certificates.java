package jp.shomei.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.shomei.security.LoginThrottles;
import jp.shomei.support.InputNormalization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    /** The longest reason for a revocation that is kept. */
    public static final int REASON_MAX_LENGTH = 500;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** An id as staff type it; a code is 16 characters, so digits up to 15 are an id. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,15}");
    private static final Logger log = LoggerFactory.getLogger(Certificates.class);

    private final IssuedCertificateRepository issued;
    private final CertificatePdf pdf;
    private final LoginThrottles throttles;
    private final VerificationProperties verification;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(IssuedCertificateRepository issued, CertificatePdf pdf,
            LoginThrottles throttles, VerificationProperties verification, Clock clock) {
        this.issued = issued;
        this.pdf = pdf;
        this.throttles = throttles;
        this.verification = verification;
        this.clock = clock;
    }

    /**
     * Issues one certificate dated today (Japan time) with a new verification code, and renders it. Its texts are
     * first made printable: invisible control and format characters go, and a character that the font cannot show
     * stops the issue with an {@link UnprintableCharacterException} before anything is kept.
     *
     * @param universityId the issuing university, whose staff may later find and revoke it
     */
    @Transactional
    public IssuedCertificate issue(Long universityId, CertificateContent content) {
        CertificateContent printable = pdf.printable(content);
        Instant now = clock.instant();
        LocalDate issuedOn = LocalDate.ofInstant(now, JAPAN);
        String code = VerificationCode.generate(random);
        IssuedCertificateRecord record = issued.save(new IssuedCertificateRecord(
                VerificationCode.hash(VerificationCode.canonical(code)), printable, universityId, issuedOn, now));
        byte[] document = pdf.render(new CertificateSheet(printable, issuedOn, code));
        return new IssuedCertificate(record.getId(), code, issuedOn, document);
    }

    /** The certificate with this verification code (typed as /verify takes it) or this id. */
    @Transactional(readOnly = true)
    public Optional<IssuedCertificateDetails> find(String codeOrId) {
        String typed = InputNormalization.halfWidth(codeOrId == null ? "" : codeOrId).strip();
        if (ID.matcher(typed).matches()) {
            return find(Long.parseLong(typed));
        }
        return issued.findByCodeHash(VerificationCode.hash(VerificationCode.canonical(typed)))
                .map(IssuedCertificateRecord::details);
    }

    @Transactional(readOnly = true)
    public Optional<IssuedCertificateDetails> find(long certificateId) {
        return issued.findById(certificateId).map(IssuedCertificateRecord::details);
    }

    /**
     * From now on the certificate's code answers "revoked", and the certificate keeps who revoked it, when and why.
     * Revoking again (a replayed or double request) changes nothing and answers false.
     */
    @Transactional
    public boolean revoke(long certificateId, String revokedBy, String reason) {
        Objects.requireNonNull(revokedBy, "revokedBy");
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("A revocation needs a reason of 1 to " + REASON_MAX_LENGTH
                    + " characters");
        }
        boolean revoked = issued.revokeIfValid(certificateId, clock.instant(), revokedBy, reason.strip()) == 1;
        if (revoked) {
            log.info("Certificate {} revoked by {}", certificateId, revokedBy);
        }
        return revoked;
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
