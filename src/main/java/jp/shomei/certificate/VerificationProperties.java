package jp.shomei.certificate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public verification page: a client's {@code triesPerClient}-th code with no pause as long as {@code window}
 * makes it wait that long; every answer takes at least {@code answerTime}, so that a valid code and an unknown one
 * cannot be told apart by the time they take.
 */
@ConfigurationProperties("shomei.verification")
public record VerificationProperties(@DefaultValue("20") int triesPerClient, @DefaultValue("10m") Duration window,
        @DefaultValue("200ms") Duration answerTime) {
}
