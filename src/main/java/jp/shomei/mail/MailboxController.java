package jp.shomei.mail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows what the embedded mail server received, newest first, so a newcomer can click the one-time URLs. */
@Controller
@ConditionalOnProperty(name = "shomei.mail.embedded.enabled", havingValue = "true")
class MailboxController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final GreenMail greenMail;

    MailboxController(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) throws MessagingException {
        // GreenMail lists its messages mailbox by mailbox; the moment each arrived puts them in one order.
        List<StoredMessage> received = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        received.sort(Comparator.comparing(StoredMessage::getReceivedDate).reversed());
        List<ReceivedMail> mails = new ArrayList<>();
        for (StoredMessage stored : received) {
            MimeMessage message = stored.getMimeMessage();
            mails.add(new ReceivedMail(
                    Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", ")),
                    message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant().atZone(JAPAN),
                    MailText.linkify(readText(message))));
        }
        model.addAttribute("mails", mails);
        return "dev/mailbox";
    }

    private static String readText(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (java.io.IOException e) {
            throw new MessagingException("Unreadable mail", e);
        }
    }

    record ReceivedMail(String to, String subject, ZonedDateTime sentAt, String bodyHtml) {
    }
}
