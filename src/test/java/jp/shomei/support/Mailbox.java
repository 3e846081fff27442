package jp.shomei.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the embedded mail server received for one address. */
public class Mailbox {

    private final GreenMail greenMail;

    public Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Waits (up to 20 s, the mails go out from asynchronous jobs) for the n-th mail to the address. */
    public String awaitMail(String to, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = mailsTo(to);
            if (mails.size() >= count) {
                return text(mails.get(count - 1));
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail number " + count + " to " + to + " arrived");
    }

    /** Waits (up to 20 s) for a mail to the address that contains the text. */
    public String awaitMailContaining(String to, String text) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : mailsTo(to)) {
                String body = text(mail);
                if (body.contains(text)) {
                    return body;
                }
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + to + " with '" + text + "' arrived");
    }

    public String awaitSubject(String to, int count) {
        awaitMail(to, count);
        try {
            return mailsTo(to).get(count - 1).getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count(String to) {
        return mailsTo(to).size();
    }

    public static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'" + regex + "' in:\n" + text).isTrue();
        return matcher.group(matcher.groupCount() >= 1 ? 1 : 0);
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
