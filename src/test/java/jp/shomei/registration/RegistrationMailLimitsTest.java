package jp.shomei.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomei.support.LoopbackVisitor;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Asking for one-time URLs over HTTP: a stranger's script mails an address only a few times, and a client only so
 * many addresses, and the page answers alike whether a mail went or not. Each test is a visitor with a client address
 * of its own.
 */
@ShomeiTest
class RegistrationMailLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    RegistrationProperties properties;

    @Test
    void shouldMailOneAddressOnlyUpToItsLimitAndAnswerEveryRequestAlike() throws Exception {
        LoopbackVisitor stranger = new LoopbackVisitor(port);
        String email = "limit-address-" + System.nanoTime() + "@example.jp";
        int limit = properties.mailsPerAddress();

        List<String> pages = new ArrayList<>();
        for (int i = 0; i < limit + 2; i++) {
            pages.add(askForUrl(stranger, email));
        }

        assertThat(pages).as("the same page, mail or not").containsOnly(pages.get(0));
        assertThat(pages.get(0)).contains(email);
        assertThat(registrationsOf(email)).isEqualTo(limit);
        Mailbox mailbox = new Mailbox(greenMail);
        String newest = Mailbox.find(mailbox.awaitMail(email, limit), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        Thread.sleep(1_000);
        assertThat(mailbox.count(email)).isEqualTo(limit);
        assertThat(stranger.get(newest).body()).as("the newest mail's link").contains("name=\"agree\"");
    }

    @Test
    void shouldStopMailingForOneClientAtItsLimit() {
        LoopbackVisitor script = new LoopbackVisitor(port);
        String prefix = "limit-client-" + System.nanoTime() + "-";
        int limit = properties.mailsPerClient();

        List<String> pages = new ArrayList<>();
        for (int i = 0; i < limit + 2; i++) {
            String email = prefix + i + "@example.jp";
            pages.add(askForUrl(script, email).replace(email, "ADDRESS"));
        }

        assertThat(pages).as("the same page, mail or not").containsOnly(pages.get(0));
        for (int i = 0; i < limit; i++) {
            assertThat(registrationsOf(prefix + i + "@example.jp")).as("address " + i).isEqualTo(1);
        }
        assertThat(registrationsOf(prefix + limit + "@example.jp")).isZero();
        assertThat(registrationsOf(prefix + (limit + 1) + "@example.jp")).isZero();
        new Mailbox(greenMail).awaitMail(prefix + (limit - 1) + "@example.jp", 1);

        LoopbackVisitor someoneElse = new LoopbackVisitor(port);
        String email = prefix + "other@example.jp";
        askForUrl(someoneElse, email);
        assertThat(registrationsOf(email)).as("another client is not held back").isEqualTo(1);
    }

    /** Asks for a URL as the mail address page does and returns the page answered, without its CSRF token. */
    private static String askForUrl(LoopbackVisitor visitor, String email) {
        visitor.get("/register");
        LoopbackVisitor.Response sent = visitor.post("/register", Map.of("email", email, "emailConfirm", email));
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo("/register/sent");
        LoopbackVisitor.Response page = visitor.get("/register/sent");
        assertThat(page.status()).isEqualTo(200);
        return page.body().replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }

    private long registrationsOf(String email) {
        return registrations.findAll().stream().filter(r -> r.getEmail().equals(email)).count();
    }
}
