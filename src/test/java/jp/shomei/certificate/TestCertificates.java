package jp.shomei.certificate;

import java.time.Clock;
import java.time.Duration;
import jp.shomei.security.LoginThrottles;
import org.springframework.context.ApplicationContext;

/** The running application's certificates, answering verifications after another floor than its configured one. */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** Same repository, renderer, throttles, tries and clock as the application's; only the answer time differs. */
    public static Certificates answeringAfter(ApplicationContext app, Duration answerTime) {
        VerificationProperties configured = app.getBean(VerificationProperties.class);
        return new Certificates(app.getBean(IssuedCertificateRepository.class), app.getBean(CertificatePdf.class),
                app.getBean(LoginThrottles.class),
                new VerificationProperties(configured.triesPerClient(), configured.window(), answerTime),
                app.getBean(Clock.class));
    }
}
