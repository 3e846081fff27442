package jp.shomei.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default run's own mail server: SMTP for the application, IMAP and /dev/mailbox for people. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shomei.mail.embedded.enabled", havingValue = "true")
class EmbeddedMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(MailProperties properties) {
        ServerSetup smtp = new ServerSetup(properties.embedded().smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(properties.embedded().imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        return new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
