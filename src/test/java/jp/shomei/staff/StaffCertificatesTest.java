package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.shomei.certificate.CertificateContent;
import jp.shomei.certificate.CertificateLanguage;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificate;
import jp.shomei.certificate.IssuedCertificateDetails;
import jp.shomei.registration.LeavingType;
import jp.shomei.support.LoopbackVisitor;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.WebClient;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The staff page of issued certificates over HTTP: found by code or number, revoked with a reason after a
 * confirmation, once however often it is posted, by administrators and the issuing university's staff only; and
 * /verify then answering that the certificate is no longer valid, with nothing of the revocation.
 */
@ShomeiTest
class StaffCertificatesTest {

    private static final String REASON = "Issued with the wrong date of graduation";

    @LocalServerPort
    int port;

    @Autowired
    Certificates certificates;

    @Autowired
    UniversityRepository universities;

    @Test
    void shouldFindACertificateByItsCodeHoweverTypedAndByItsNumber() {
        IssuedCertificate issued = issue("toto", toto());
        WebClient staff = staff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.page("/staff")).contains("href=\"/staff/certificates\"");
        assertThat(staff.page("/staff/certificates")).contains("Issued certificates", "name=\"code\"");

        String typed = issued.verificationCode().replace("-", "").toLowerCase(Locale.ROOT);
        for (String query : List.of(typed, " " + issued.verificationCode() + " ", String.valueOf(issued.id()))) {
            ResponseEntity<String> found = staff.post("/staff/certificates", Map.of("code", query));
            assertThat(found.getHeaders().getLocation().getPath()).as(query)
                    .isEqualTo("/staff/certificates/" + issued.id());
        }
        String page = staff.page("/staff/certificates/" + issued.id());
        assertThat(page).contains("This certificate is valid", "Certificate of Graduation", "Japanese",
                "佐々木 美咲", "Toto University", "<dd>Valid</dd>", "name=\"reason\"")
                .doesNotContain("T20-0311", "2001");

        ResponseEntity<String> unknown = staff.post("/staff/certificates", Map.of("code", "0000-0000-0000-0000"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(200);
        assertThat(unknown.getBody()).contains("No certificate that you may see has this code or number");
    }

    @Test
    void shouldRevokeWithAReasonAfterTheConfirmationAndThenVerifyAsRevoked() {
        IssuedCertificate issued = issue("toto", toto());
        WebClient staff = staff("toto-staff", "Staff-Demo-2026");
        String path = "/staff/certificates/" + issued.id();
        staff.page(path);

        ResponseEntity<String> noReason = staff.post(path + "/revoke", Map.of("reason", "  "));
        assertThat(noReason.getStatusCode().value()).isEqualTo(200);
        assertThat(noReason.getBody()).contains("error-summary", "Please enter this item.");
        ResponseEntity<String> noReasonConfirmed = staff.post(path + "/revoke/confirm", Map.of("reason", ""));
        assertThat(noReasonConfirmed.getBody()).contains("Please enter this item.");
        assertThat(details(issued).revoked()).isFalse();

        ResponseEntity<String> confirmation = staff.post(path + "/revoke", Map.of("reason", REASON));
        assertThat(confirmation.getBody()).contains("Revoke this certificate?", REASON, "cannot be undone");
        assertThat(details(issued).revoked()).as("not before the confirmation").isFalse();

        String revoked = staff.follow(staff.post(path + "/revoke/confirm", Map.of("reason", REASON)));
        assertThat(revoked).contains("The certificate has been revoked.", "This certificate has been revoked",
                "<dd>Revoked</dd>", "<dd>toto-staff</dd>", REASON).doesNotContain("name=\"reason\"");
        IssuedCertificateDetails details = details(issued);
        assertThat(details.revokedBy()).isEqualTo("toto-staff");
        assertThat(details.revocationReason()).isEqualTo(REASON);
        assertThat(details.revokedAt()).isNotNull();

        LoopbackVisitor visitor = new LoopbackVisitor(port);
        visitor.get("/verify?lang=en");
        String verified = visitor.post("/verify", Map.of("code", issued.verificationCode())).body();
        assertThat(verified).contains("This certificate has been revoked", "It is no longer valid", "佐々木 美咲")
                .doesNotContain("This certificate is valid", REASON, "toto-staff");
    }

    @Test
    void shouldRevokeOnceWhenTheConfirmationIsPostedAgainOrTwiceAtOnce() throws Exception {
        IssuedCertificate issued = issue("toto", toto());
        String path = "/staff/certificates/" + issued.id();
        WebClient staff = staff("toto-staff", "Staff-Demo-2026");
        WebClient admin = staff("admin", "Admin-Demo-2026");
        staff.page(path);
        admin.page(path);

        CompletableFuture<String> byStaff = CompletableFuture.supplyAsync(
                () -> staff.follow(staff.post(path + "/revoke/confirm", Map.of("reason", REASON))));
        CompletableFuture<String> byAdmin = CompletableFuture.supplyAsync(
                () -> admin.follow(admin.post(path + "/revoke/confirm", Map.of("reason", "Another reason"))));
        List<String> answers = List.of(byStaff.get(), byAdmin.get());
        assertThat(answers).filteredOn(a -> a.contains("The certificate has been revoked.")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.contains("had already been revoked; nothing was changed")).hasSize(1);
        IssuedCertificateDetails first = details(issued);

        String replayed = staff.follow(staff.post(path + "/revoke/confirm", Map.of("reason", "A third reason")));
        assertThat(replayed).contains("had already been revoked; nothing was changed");
        assertThat(staff.follow(staff.post(path + "/revoke", Map.of("reason", "A fourth reason"))))
                .contains("had already been revoked; nothing was changed");
        assertThat(details(issued)).as("who, when and why of the first revocation kept").isEqualTo(first);
    }

    @Test
    void shouldKeepACertificateFromAnotherUniversitysStaffButNotFromAdministrators() {
        IssuedCertificate issued = issue("toto", toto());
        String path = "/staff/certificates/" + issued.id();
        WebClient saikyo = staff("saikyo-staff", "Staff-Demo-2026");
        saikyo.page("/staff/certificates");

        for (String query : List.of(issued.verificationCode(), String.valueOf(issued.id()))) {
            assertThat(saikyo.post("/staff/certificates", Map.of("code", query)).getBody())
                    .contains("No certificate that you may see has this code or number").doesNotContain("佐々木");
        }
        assertThat(saikyo.get(path).getStatusCode().value()).isEqualTo(404);
        assertThat(saikyo.post(path + "/revoke", Map.of("reason", REASON)).getStatusCode().value()).isEqualTo(404);
        assertThat(saikyo.post(path + "/revoke/confirm", Map.of("reason", REASON)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(details(issued).revoked()).isFalse();

        IssuedCertificate saikyoIssued = issue("saikyo", saikyo());
        assertThat(saikyo.post("/staff/certificates", Map.of("code", saikyoIssued.verificationCode()))
                .getHeaders().getLocation().getPath()).isEqualTo("/staff/certificates/" + saikyoIssued.id());

        WebClient admin = staff("admin", "Admin-Demo-2026");
        assertThat(admin.page("/staff")).contains("href=\"/staff/certificates\"");
        assertThat(admin.page(path)).contains("佐々木 美咲", "Toto University");
    }

    @Test
    void shouldKeepThePageFromAnalystsGraduatesAndVisitors() {
        IssuedCertificate issued = issue("toto", toto());
        String path = "/staff/certificates/" + issued.id();

        WebClient analyst = staff("analyst", "Analyst-Demo-2026");
        assertThat(analyst.page("/staff")).doesNotContain("/staff/certificates");
        assertThat(analyst.get("/staff/certificates").getStatusCode().value()).isEqualTo(404);
        assertThat(analyst.get(path).getStatusCode().value()).isEqualTo(404);
        assertThat(analyst.post(path + "/revoke/confirm", Map.of("reason", REASON)).getStatusCode().value())
                .isEqualTo(404);

        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", "yamada.taro@example.jp", "password", "Graduate-Demo-2026",
                "secondPassword", "Second-Demo-2026"));
        ResponseEntity<String> asGraduate = graduate.get(path);
        assertThat(asGraduate.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(asGraduate.getBody()).doesNotContain("佐々木");
        assertThat(graduate.post(path + "/revoke/confirm", Map.of("reason", REASON)).getStatusCode().is2xxSuccessful())
                .isFalse();

        WebClient visitor = new WebClient(base());
        assertThat(visitor.get("/staff/certificates").getHeaders().getLocation().getPath()).isEqualTo("/staff/login");
        assertThat(details(issued).revoked()).isFalse();
    }

    private IssuedCertificateDetails details(IssuedCertificate issued) {
        return certificates.find(issued.id()).orElseThrow();
    }

    private WebClient staff(String user, String password) {
        WebClient client = new WebClient(base());
        client.setCookie(base(), "shomei-lang", "en");
        client.signInAsStaff(user, password);
        return client;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    static CertificateContent toto() {
        return content("東都大学", "Toto University");
    }

    private static CertificateContent saikyo() {
        return content("西京大学", "Saikyo University");
    }

    private static CertificateContent content(String universityJa, String universityEn) {
        return new CertificateContent(universityJa, universityEn, "卒業証明書", "Certificate of Graduation",
                CertificateLanguage.JA, "佐々木 美咲", "ササキ ミサキ", "Misaki SASAKI", LocalDate.of(2001, 6, 15),
                "T20-0311", "法学部", "法律学科", "学士課程", YearMonth.of(2020, 4), YearMonth.of(2024, 3),
                LeavingType.GRADUATED);
    }

    private IssuedCertificate issue(String universityCode, CertificateContent content) {
        return certificates.issue(universities.findByCode(universityCode).orElseThrow().getId(), content);
    }
}
