package jp.shomei.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import jp.shomei.registration.LeavingType;
import jp.shomei.support.LoopbackVisitor;
import jp.shomei.support.ShomeiTest;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anyone can check a certificate's code at /verify without signing in, and sees its type, the name as issued, the
 * university, the date of issue and whether it is valid, nothing else; each visitor comes from a loopback address
 * of its own, as the page counts tries per client.
 */
@ShomeiTest
class VerificationPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    UniversityRepository universities;

    @Autowired
    VerificationProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldShowTheValidCertificateForTheCodeHoweverTyped() {
        IssuedCertificate issued = issue(content(CertificateLanguage.JA));
        String bare = issued.verificationCode().replace("-", "");
        String issuedOn = issued.issuedOn().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));

        for (String typed : new String[] {issued.verificationCode(), bare.toLowerCase(Locale.ROOT),
                " " + bare.substring(0, 8) + " " + bare.substring(8) + " "}) {
            LoopbackVisitor visitor = new LoopbackVisitor(port);
            assertThat(visitor.get("/verify?lang=en").status()).isEqualTo(200);
            LoopbackVisitor.Response answer = visitor.post("/verify", Map.of("code", typed));

            assertThat(answer.status()).as(typed).isEqualTo(200);
            assertThat(answer.body()).as(typed).contains("This certificate is valid", "Certificate of Graduation",
                    "Japanese", "山田 花子", "Toto University", issuedOn, "<dd>Valid</dd>");
            assertPublicFieldsOnly(answer.body());
        }
    }

    @Test
    void shouldPrintTheCodeOnThePdfAndKeepOnlyItsHash() throws Exception {
        IssuedCertificate issued = issue(content(CertificateLanguage.JA));

        assertThat(CertificatePdfTest.text(issued.pdf())).contains(issued.verificationCode(), "1999年12月24日");
        String stored = jdbc.queryForMap("select * from issued_certificate where id = ?", issued.id()).toString();
        assertThat(stored).contains(VerificationCode.hash(VerificationCode.canonical(issued.verificationCode())))
                .doesNotContain(issued.verificationCode(), issued.verificationCode().replace("-", ""), "1999",
                        "T19-0777", "ヤマダ ハナコ");
    }

    @Test
    void shouldAnswerInJapaneseForAJapaneseReader() {
        IssuedCertificate issued = issue(content(CertificateLanguage.EN));
        LoopbackVisitor visitor = new LoopbackVisitor(port);
        visitor.get("/verify?lang=ja");

        String page = visitor.post("/verify", Map.of("code", issued.verificationCode())).body();

        assertThat(page).contains("この証明書は有効です", "卒業証明書", "英語", "Hanako YAMADA", "東都大学",
                issued.issuedOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        assertPublicFieldsOnly(page);
    }

    @Test
    void shouldTellThatNoCertificateHasAnUnknownCode() {
        issue(content(CertificateLanguage.JA));
        LoopbackVisitor visitor = new LoopbackVisitor(port);
        visitor.get("/verify?lang=en");

        for (String typed : new String[] {"0000-0000-0000-0000", "not a code", ""}) {
            LoopbackVisitor.Response answer = visitor.post("/verify", Map.of("code", typed));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("No certificate has this code")
                    .doesNotContain("山田 花子", "Toto University", "This certificate is valid");
        }
    }

    @Test
    void shouldSayARevokedCertificateIsNoLongerValid() {
        IssuedCertificate issued = issue(content(CertificateLanguage.JA));
        certificates.revoke(issued.id(), "admin", "Issued with a wrong date of birth");
        LoopbackVisitor visitor = new LoopbackVisitor(port);
        visitor.get("/verify?lang=en");

        String page = visitor.post("/verify", Map.of("code", issued.verificationCode())).body();

        assertThat(page).contains("This certificate has been revoked", "<dd>Revoked</dd>", "山田 花子")
                .doesNotContain("This certificate is valid", "wrong date of birth", "admin");
    }

    @Test
    void shouldIssueNothingWhenANameHasACharacterTheFontCannotShow() {
        CertificateContent valid = content(CertificateLanguage.JA);
        CertificateContent rareKanji = new CertificateContent(valid.universityNameJa(), valid.universityNameEn(),
                valid.typeNameJa(), valid.typeNameEn(), valid.language(), "\uD86E\uDC20田 花子", valid.nameKana(),
                valid.nameRoman(), valid.birthDate(), valid.studentNumber(), valid.faculty(), valid.department(),
                valid.degreeProgram(), valid.entered(), valid.left(), valid.leaving());
        long before = jdbc.queryForObject("select count(*) from issued_certificate", Long.class);

        assertThatThrownBy(() -> issue(rareKanji)).isInstanceOf(UnprintableCharacterException.class)
                .hasMessageContaining("name in kanji").hasMessageContaining("U+2B820");
        assertThat(jdbc.queryForObject("select count(*) from issued_certificate", Long.class)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAClientAfterTooManyTriesAndOnlyThatClient() {
        IssuedCertificate issued = issue(content(CertificateLanguage.JA));
        LoopbackVisitor guesser = new LoopbackVisitor(port);
        guesser.get("/verify?lang=en");
        for (int i = 0; i < properties.triesPerClient(); i++) {
            assertThat(guesser.post("/verify", Map.of("code", "guess-" + i)).status()).as("try " + (i + 1))
                    .isEqualTo(200);
        }

        LoopbackVisitor.Response refused = guesser.post("/verify", Map.of("code", issued.verificationCode()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many codes have been entered")
                .doesNotContain("山田 花子", "This certificate is valid", "No certificate has this code");

        LoopbackVisitor other = new LoopbackVisitor(port);
        other.get("/verify?lang=en");
        assertThat(other.post("/verify", Map.of("code", issued.verificationCode())).body())
                .contains("This certificate is valid");
    }

    @Test
    void shouldOpenWithoutSignInAndCarryTheCsrfToken() {
        LoopbackVisitor visitor = new LoopbackVisitor(port);
        LoopbackVisitor.Response form = visitor.get("/verify");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"code\"", "name=\"_csrf\"");

        LoopbackVisitor forged = new LoopbackVisitor(port);
        assertThat(forged.post("/verify", Map.of("code", "0000-0000-0000-0000")).status()).isEqualTo(403);
    }

    /** The page without its random CSRF token, which might spell anything. */
    private static void assertPublicFieldsOnly(String page) {
        assertThat(page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]*\"", "")).doesNotContain("1999", "ヤマダ ハナコ", "T19-0777", "経済学部", "Faculty of Economics",
                "経済学科", "学士課程", "2019", "2023");
    }

    static CertificateContent content(CertificateLanguage language) {
        boolean ja = language == CertificateLanguage.JA;
        return new CertificateContent("東都大学", "Toto University", "卒業証明書", "Certificate of Graduation", language,
                "山田 花子", "ヤマダ ハナコ", "Hanako YAMADA", LocalDate.of(1999, 12, 24), "T19-0777",
                ja ? "経済学部" : "Faculty of Economics", ja ? "経済学科" : "Department of Economics",
                ja ? "学士課程" : "Bachelor's program", YearMonth.of(2019, 4), YearMonth.of(2023, 3),
                LeavingType.GRADUATED);
    }

    /** Issued by the demo university Toto, whose names the content states. */
    private IssuedCertificate issue(CertificateContent content) {
        return certificates.issue(universities.findByCode("toto").orElseThrow().getId(), content);
    }
}
