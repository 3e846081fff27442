package jp.shomei.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import jp.shomei.ShomeiApplication;
import jp.shomei.support.Mailbox;
import jp.shomei.support.TestImages;
import jp.shomei.support.WebClient;
import jp.shomei.support.WebClient.Upload;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Prints the heap that open drafts hold: 200 visitors each open a draft over HTTP, attach a front and a back image of
 * about 1 MB, and leave it open. The heap is measured after a full GC, before and after. The application runs as by
 * default, with H2 in file mode (in a temporary folder), on ports of its own; the mail limit per client is lifted.
 * After {@code ./mvnw test-compile}: {@code java -cp "target/test-classes:target/classes:$(./mvnw -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" jp.shomei.bench.DraftMemoryBenchmark}
 */
public final class DraftMemoryBenchmark {

    private static final int DRAFTS = 200;
    private static final int PORT = 18081;

    private DraftMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("shomei-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShomeiApplication.class)
                .profiles("demo")
                .run("--server.port=" + PORT, "--shomei.base-url=http://localhost:" + PORT,
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shomei") + ";AUTO_SERVER=FALSE",
                        "--spring.mail.port=3926", "--shomei.mail.embedded.smtp-port=3926",
                        "--shomei.mail.embedded.imap-port=3944",
                        "--shomei.registration.mails-per-client=" + (DRAFTS + 1), "--logging.level.root=WARN");
        try {
            Mailbox mailbox = new Mailbox(app.getBean(GreenMail.class));
            Map<String, Upload> images = Map.of(
                    "frontImage", new Upload("front.png", "image/png", TestImages.noise(600, 600, 1)),
                    "backImage", new Upload("back.png", "image/png", TestImages.noise(600, 600, 2)));
            long imageBytes = images.values().stream().mapToLong(upload -> upload.content().length).sum();
            openDraft(mailbox, images, "warm-up");
            long before = heapAfterGc();
            long start = System.nanoTime();
            for (int i = 0; i < DRAFTS; i++) {
                openDraft(mailbox, images, "visitor-" + i);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = heapAfterGc();
            System.out.printf("%d open drafts with two images each (%.2f MB per draft) in %.0f s%n", DRAFTS,
                    imageBytes / 1e6, seconds);
            System.out.printf("heap used after GC: before %.1f MB, after %.1f MB, difference %.1f MB (%.1f kB per"
                    + " draft)%n", before / 1e6, after / 1e6, (after - before) / 1e6, (after - before) / 1e3 / DRAFTS);
        } finally {
            app.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(DraftMemoryBenchmark::delete);
            }
        }
        System.exit(0);
    }

    /** Asks for a URL, agrees, and attaches both images at "Check" with the form left empty: the draft stays open. */
    private static void openDraft(Mailbox mailbox, Map<String, Upload> images, String name) {
        String email = name + "-" + System.nanoTime() + "@example.jp";
        WebClient browser = new WebClient("http://localhost:" + PORT);
        browser.page("/register");
        browser.post("/register", Map.of("email", email, "emailConfirm", email));
        String url = Mailbox.find(mailbox.awaitMail(email, 1), "http://[^/\\s]+(/register/[A-Za-z0-9_-]{43})");
        browser.page(url);
        browser.follow(browser.post(url + "/agree", Map.of("agree", "true")));
        ResponseEntity<String> checked = browser.postMultipart(url + "/check", Map.of(), images);
        if (!checked.getBody().contains("/document/back")) {
            throw new IllegalStateException("The draft did not keep the images: " + checked.getBody());
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
