package jp.shomei.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("shomei.mail")
public record MailProperties(String from, @DefaultValue Embedded embedded) {

    /** The mail server started inside the application for the default run. */
    public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int smtpPort,
            @DefaultValue("3143") int imapPort) {
    }
}
