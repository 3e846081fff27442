package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomei.ShomeiApplication;
import jp.shomei.support.Mailbox;
import jp.shomei.support.TestDatabase;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient;
import jp.shomei.support.WebClient.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The heap that open drafts hold: visitors each open a draft over HTTP, attach a front and a back image of noise at
 * "Check", and leave it open; the heap is measured after a full GC, before and after. The tests' shared application
 * keeps H2 in memory, where the drafts' images would be heap too, so this starts an application of its own as the
 * default run has it: the demo profile, H2 in file mode in a temporary folder (or a database of its own on
 * the embedded PostgreSQL with {@code -Dshomei.test.database=postgres}), on ports no other test uses (server
 * {@value #PORT}, mail {@value #SMTP_PORT} and {@value #IMAP_PORT}), the mail limit per client lifted. 10 drafts in
 * the short mode, 200 in the full; {@code -Dshomei.benchmark.drafts=N} for another number.
 * {@code ./mvnw -B test -Dtest=DraftMemoryBenchmark -Dshomei.benchmark=full}
 */
class DraftMemoryBenchmark {

    private static final int PORT = 18090;
    private static final int SMTP_PORT = 3930;
    private static final int IMAP_PORT = 3950;
    private static final String BASE = "http://localhost:" + PORT;

    @TempDir
    Path data;

    @Test
    void shouldMeasureTheHeapThatOpenDraftsHold() throws Exception {
        int drafts = Integer.getInteger("shomei.benchmark.drafts", Benchmarks.pick(10, 200));
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext app = start(drafts)) {
            double startSeconds = (System.nanoTime() - starting) / 1e9;
            Mailbox mailbox = new Mailbox(app.getBean(GreenMail.class));
            Map<String, Upload> images = Map.of(
                    "frontImage", new Upload("front.png", "image/png", TestImages.noise(600, 600, 1)),
                    "backImage", new Upload("back.png", "image/png", TestImages.noise(600, 600, 2)));
            long imageBytes = images.values().stream().mapToLong(upload -> upload.content().length).sum();
            openDraft(mailbox, images, "warm-up");
            long before = heapAfterGc();
            long started = System.nanoTime();
            for (int i = 0; i < drafts; i++) {
                openDraft(mailbox, images, "visitor-" + i);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = heapAfterGc();

            Benchmarks.Table table = new Benchmarks.Table("DraftMemoryBenchmark",
                    "Heap held by open drafts with two images each, " + (TestDatabase.postgres()
                            ? "embedded PostgreSQL" : "H2 in file mode"),
                    "drafts", "MB images/draft", "s to open", "heap before MB", "heap after MB", "difference MB",
                    "kB/draft");
            table.row(drafts, imageBytes / 1e6, seconds, before / 1e6, after / 1e6, (after - before) / 1e6,
                    (after - before) / 1e3 / drafts);
            table.note("Heap used after three System.gc(), before the drafts and after them, in this JVM (which may "
                    + "also hold the tests' shared application, idle meanwhile); the application started in %.1f s.",
                    startSeconds);
            Path file = table.publish();

            assertThat(table.size()).isEqualTo(1);
            assertThat(file).exists();
        }
    }

    /**
     * The demo profile as the default run has it, with unique engine and process application names, since the JVM-wide
     * engine registry may already hold the shared test application's, and without the Camunda webapps: their filters
     * keep the application context in a static field, which this application would take from the shared one.
     */
    private ConfigurableApplicationContext start(int drafts) {
        List<String> profiles = new ArrayList<>(List.of("demo"));
        List<String> options = new ArrayList<>(List.of("--server.port=" + PORT, "--shomei.base-url=" + BASE,
                "--spring.mail.port=" + SMTP_PORT, "--shomei.mail.embedded.smtp-port=" + SMTP_PORT,
                "--shomei.mail.embedded.imap-port=" + IMAP_PORT, "--shomei.directory.embedded.enabled=false",
                "--shomei.registration.mails-per-client=" + (drafts + 1),
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true", "--camunda.bpm.webapp.enabled=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        if (TestDatabase.postgres()) {
            profiles.add("postgres");
            options.addAll(List.of("--spring.datasource.url=" + TestDatabase.newPostgresDatabase(
                            "draft_memory_" + System.currentTimeMillis()),
                    "--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password="));
        } else {
            options.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("shomei") + ";AUTO_SERVER=FALSE");
        }
        return new SpringApplicationBuilder(ShomeiApplication.class).profiles(profiles.toArray(String[]::new))
                .run(options.toArray(String[]::new));
    }

    /** Asks for a URL, agrees, and attaches both images at "Check" with the form left empty: the draft stays open. */
    private static void openDraft(Mailbox mailbox, Map<String, Upload> images, String name) {
        String email = name + "-" + System.nanoTime() + "@example.jp";
        WebClient browser = new WebClient(BASE);
        browser.page("/register");
        browser.post("/register", Map.of("email", email, "emailConfirm", email));
        String url = Mailbox.find(mailbox.awaitMail(email, 1), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        browser.page(url);
        browser.follow(browser.post(url + "/agree", Map.of("agree", "true")));
        ResponseEntity<String> checked = browser.postMultipart(url + "/check", Map.of(), images);
        assertThat(checked.getBody()).as("the draft keeps the images").contains("/document/back");
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
