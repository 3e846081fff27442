package jp.shomei.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlValidity how long a one-time URL and the wait for the form last
 * @param termsVersion the version of the terms shown at "Permission for use"
 * @param mailsPerAddress how many one-time URL mails visitors may have sent to one address within {@code urlValidity}
 * @param mailsPerClient how many one-time URL mails one client address may have sent within {@code clientWindow}
 * @param clientWindow the window of {@code mailsPerClient}
 * @param draftRetention how long a draft (fields and images) is kept after its URL expired, for a new URL to the
 *        same address to find it
 */
@ConfigurationProperties("shomei.registration")
public record RegistrationProperties(@DefaultValue("30m") Duration urlValidity,
        @DefaultValue("2024-11") String termsVersion, @DefaultValue("3") int mailsPerAddress,
        @DefaultValue("20") int mailsPerClient, @DefaultValue("1h") Duration clientWindow,
        @DefaultValue("7d") Duration draftRetention) {
}
