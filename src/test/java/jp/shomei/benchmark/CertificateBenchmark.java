package jp.shomei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.certificate.CertificateContent;
import jp.shomei.certificate.CertificateLanguage;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificate;
import jp.shomei.certificate.TestCertificates;
import jp.shomei.certificate.Verification;
import jp.shomei.certificate.VerificationProperties;
import jp.shomei.registration.LeavingType;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * How long issuing a certificate takes (code, row and PDF) and its PDF's size, and how long the verification page's
 * lookup takes for valid and for unknown codes, interleaved, each try from a client of its own: as configured, with
 * its answer-time floor, and side by side the same lookup without the floor. The first tenth of each series warms up
 * and is not counted. {@code -Dshomei.benchmark.rounds=N} sets the rounds (10 in the short mode, 200 in the full).
 * {@code ./mvnw -B test -Dtest=CertificateBenchmark -Dshomei.benchmark=full}
 */
@ShomeiTest
class CertificateBenchmark {

    @Autowired
    Certificates certificates;

    @Autowired
    UniversityRepository universities;

    @Autowired
    VerificationProperties verification;

    @Autowired
    ApplicationContext app;

    @Test
    void shouldMeasureIssuingAndVerifying() {
        int rounds = Integer.getInteger("shomei.benchmark.rounds", Benchmarks.pick(10, 200));
        Certificates unfloored = TestCertificates.answeringAfter(app, Duration.ZERO);
        Long toto = universities.findByCode("toto").orElseThrow().getId();
        // Each run's clients are new to the throttle, whatever ran before in this application.
        String run = Long.toString(System.nanoTime(), 36);

        List<String> codes = new ArrayList<>();
        long[] issue = new long[rounds];
        Map<CertificateLanguage, Integer> largest = new EnumMap<>(CertificateLanguage.class);
        for (int i = 0; i < rounds; i++) {
            CertificateLanguage language = i % 2 == 0 ? CertificateLanguage.JA : CertificateLanguage.EN;
            long started = System.nanoTime();
            IssuedCertificate issued = certificates.issue(toto, content(language));
            issue[i] = System.nanoTime() - started;
            codes.add(issued.verificationCode());
            largest.merge(language, issued.pdf().length, Math::max);
        }
        long[][] times = new long[4][rounds];
        for (int i = 0; i < rounds; i++) {
            String unknown = "ZZZZ-ZZZZ-ZZZZ-" + String.format(Locale.ROOT, "%04d", i % 10_000);
            times[0][i] = verify(certificates, codes.get(i), run + "-v" + i, Verification.Outcome.VALID);
            times[1][i] = verify(certificates, unknown, run + "-u" + i, Verification.Outcome.UNKNOWN);
            times[2][i] = verify(unfloored, codes.get(i), run + "-bv" + i, Verification.Outcome.VALID);
            times[3][i] = verify(unfloored, unknown, run + "-bu" + i, Verification.Outcome.UNKNOWN);
        }

        Benchmarks.Table table = new Benchmarks.Table("CertificateBenchmark",
                "Issuing certificates and verifying codes, " + rounds + " rounds",
                "step", "runs", "median ms", "p90 ms", "max ms");
        row(table, "issue (code, row and PDF)", issue);
        row(table, "verify valid code", times[0]);
        row(table, "verify unknown code", times[1]);
        row(table, "lookup without floor, valid", times[2]);
        row(table, "lookup without floor, unknown", times[3]);
        table.note("First issue %.1f ms (not counted); largest PDF: Japanese %,d bytes, English %,d bytes.",
                Benchmarks.millis(issue[0]), largest.get(CertificateLanguage.JA),
                largest.get(CertificateLanguage.EN));
        table.note("verify: Certificates.verify as configured (answer time %d ms, the floor every answer waits "
                + "for); lookup without floor: the same throttle count and lookup answering at once.",
                verification.answerTime().toMillis());
        table.note("The first tenth of each series warms up and is not counted.");
        Path file = table.publish();

        assertThat(table.size()).isEqualTo(5);
        assertThat(file).exists();
    }

    private static long verify(Certificates certificates, String code, String client, Verification.Outcome expected) {
        long started = System.nanoTime();
        Verification answer = certificates.verify(code, "192.0.2.1-" + client).orElseThrow();
        long took = System.nanoTime() - started;
        assertThat(answer.outcome()).as(code).isEqualTo(expected);
        return took;
    }

    private static void row(Benchmarks.Table table, String step, long[] nanos) {
        long[] counted = Arrays.copyOfRange(nanos, nanos.length / 10, nanos.length);
        table.row(step, counted.length, Benchmarks.millis(Benchmarks.percentile(counted, 50)),
                Benchmarks.millis(Benchmarks.percentile(counted, 90)),
                Benchmarks.millis(Benchmarks.percentile(counted, 100)));
    }

    private static CertificateContent content(CertificateLanguage language) {
        return new CertificateContent("東都大学", "Toto University", "成績証明書", "Transcript", language, "山田 太郎",
                "ヤマダ タロウ", "Taro YAMADA", LocalDate.of(2000, 5, 1), "T18-0042", "人文学部", "日本文学科", "学士課程",
                YearMonth.of(2018, 4), YearMonth.of(2022, 3), LeavingType.GRADUATED);
    }
}
