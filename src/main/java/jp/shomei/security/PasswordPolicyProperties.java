package jp.shomei.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password rules. The default is the manual's (8 single-byte characters with upper and lower case) plus a
 * list of common passwords; a university can move to length-only rules with mixed-case false.
 */
@ConfigurationProperties("shomei.password")
public record PasswordPolicyProperties(@DefaultValue("8") int minLength, @DefaultValue("128") int maxLength,
        @DefaultValue("true") boolean mixedCase, @DefaultValue("true") boolean refuseCommon) {
}
