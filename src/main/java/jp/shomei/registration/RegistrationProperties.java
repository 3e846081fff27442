package jp.shomei.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlValidity how long a one-time URL and the wait for the form last
 * @param termsVersion the version of the terms shown at "Permission for use"
 */
@ConfigurationProperties("shomei.registration")
public record RegistrationProperties(@DefaultValue("30m") Duration urlValidity,
        @DefaultValue("2024-11") String termsVersion) {
}
