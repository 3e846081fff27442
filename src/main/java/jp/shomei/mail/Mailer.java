package jp.shomei.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends the service's mails, written from text templates in the recipient's language. Failures propagate,
 * so the calling service task's job is retried and finally shows as an incident.
 */
@Service
public class Mailer {

    private final JavaMailSender sender;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final MailProperties properties;

    Mailer(JavaMailSender sender, TemplateEngine templates, MessageSource messages, MailProperties properties) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    /** Sends the mail whose subject is the message {@code mail.<name>.subject} and body {@code mail/<name>.txt}. */
    public void send(String to, Locale locale, String name, Map<String, Object> model) {
        Context context = new Context(locale, model);
        String body = templates.process("mail/" + name, context);
        String subject = messages.getMessage("mail." + name + ".subject", null, locale);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            // The message becomes the incident's in Cockpit: what failed and why, without the recipient.
            throw new MailSendException("The mail '" + name + "' could not be sent: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
    }
}
