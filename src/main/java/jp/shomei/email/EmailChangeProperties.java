package jp.shomei.email;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlValidity how long the one-time URL to the new address and the wait for it last
 * @param requestsPerAccount how many requests (each a mail to the address typed) one account may make within
 *        {@code urlValidity}, so that a session left open is no way to send mails to strangers
 */
@ConfigurationProperties("shomei.email-change")
public record EmailChangeProperties(@DefaultValue("30m") Duration urlValidity,
        @DefaultValue("3") int requestsPerAccount) {
}
