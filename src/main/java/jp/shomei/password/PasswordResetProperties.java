package jp.shomei.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param urlValidity how long a password reset's one-time URL and the wait for the new passwords last */
@ConfigurationProperties("shomei.password-reset")
public record PasswordResetProperties(@DefaultValue("30m") Duration urlValidity) {
}
