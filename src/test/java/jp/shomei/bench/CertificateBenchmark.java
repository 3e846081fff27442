package jp.shomei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.shomei.ShomeiApplication;
import jp.shomei.certificate.CertificateContent;
import jp.shomei.certificate.CertificateLanguage;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificate;
import jp.shomei.registration.LeavingType;
import jp.shomei.university.UniversityRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long issuing a certificate takes (code, row and PDF) and its PDF's size, and how long the verification
 * page's lookup takes for valid and for unknown codes, interleaved, each try from a client of its own. The
 * application runs as by default on H2 in a temporary folder; the first tenth of each series warms up and is not
 * counted. Pass {@code --shomei.verification.answer-time=0ms} after the rounds to see the lookup without its floor.
 * After {@code ./mvnw test-compile}: {@code java -cp "target/test-classes:target/classes:$(./mvnw -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" jp.shomei.bench.CertificateBenchmark [rounds] [options]}
 */
public final class CertificateBenchmark {

    private static final int PORT = 18083;

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path data = Files.createTempDirectory("shomei-bench");
        List<String> options = new ArrayList<>(List.of("--server.port=" + PORT,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shomei") + ";AUTO_SERVER=FALSE",
                "--spring.mail.port=3928", "--shomei.mail.embedded.smtp-port=3928",
                "--shomei.mail.embedded.imap-port=3946", "--logging.level.root=WARN"));
        options.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShomeiApplication.class).profiles("demo")
                .run(options.toArray(String[]::new));
        try {
            Certificates certificates = app.getBean(Certificates.class);
            Long toto = app.getBean(UniversityRepository.class).findByCode("toto").orElseThrow().getId();
            List<String> codes = new ArrayList<>();
            long[] issue = new long[rounds];
            int size = 0;
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                IssuedCertificate issued = certificates.issue(toto,
                        content(i % 2 == 0 ? CertificateLanguage.JA : CertificateLanguage.EN));
                issue[i] = System.nanoTime() - started;
                codes.add(issued.verificationCode());
                size = Math.max(size, issued.pdf().length);
            }
            long[] valid = new long[rounds];
            long[] unknown = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                certificates.verify(codes.get(i), "192.0.2." + i % 250 + "-v" + i);
                valid[i] = System.nanoTime() - started;
                started = System.nanoTime();
                certificates.verify("ZZZZ-ZZZZ-ZZZZ-" + String.format("%04d", i), "192.0.2." + i % 250 + "-u" + i);
                unknown[i] = System.nanoTime() - started;
            }
            System.out.printf("issue (row and PDF): %s; largest PDF %,d bytes%n", summary(issue), size);
            System.out.printf("verify valid code:   %s%n", summary(valid));
            System.out.printf("verify unknown code: %s%n", summary(unknown));
        } finally {
            app.close();
        }
    }

    private static CertificateContent content(CertificateLanguage language) {
        return new CertificateContent("東都大学", "Toto University", "成績証明書", "Transcript", language, "山田 太郎",
                "ヤマダ タロウ", "Taro YAMADA", LocalDate.of(2000, 5, 1), "T18-0042", "人文学部", "日本文学科", "学士課程",
                YearMonth.of(2018, 4), YearMonth.of(2022, 3), LeavingType.GRADUATED);
    }

    /** Median and 90th percentile in milliseconds, after the warm-up. */
    private static String summary(long[] nanos) {
        long[] counted = Arrays.copyOfRange(nanos, nanos.length / 10, nanos.length);
        Arrays.sort(counted);
        return String.format("median %.2f ms, p90 %.2f ms, max %.2f ms (%d runs)", counted[counted.length / 2] / 1e6,
                counted[counted.length * 9 / 10] / 1e6, counted[counted.length - 1] / 1e6, counted.length);
    }
}
