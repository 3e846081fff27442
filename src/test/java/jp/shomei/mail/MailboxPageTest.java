package jp.shomei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The development mailbox lists every mail newest first, whoever received it. */
@ShomeiTest
class MailboxPageTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Test
    void shouldListMailsNewestFirstAcrossRecipients() {
        String run = Long.toString(System.nanoTime());
        String first = "mailbox-first-" + run + "@example.jp";
        String second = "mailbox-second-" + run + "@example.jp";
        send(first, "Oldest " + run);
        send(second, "Middle " + run);
        send(first, "Newest " + run);

        String page = new WebClient("http://localhost:" + port).page("/dev/mailbox");

        int newest = page.indexOf("Newest " + run);
        int middle = page.indexOf("Middle " + run);
        int oldest = page.indexOf("Oldest " + run);
        assertThat(newest).isNotNegative().isLessThan(middle);
        assertThat(middle).isLessThan(oldest);
    }

    private void send(String to, String subject) {
        GreenMailUtil.sendTextEmail(to, "no-reply@shomei.example", subject, "Body of " + subject,
                greenMail.getSmtp().getServerSetup());
    }
}
