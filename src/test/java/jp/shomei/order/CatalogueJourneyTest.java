package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.AccountService;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The administrators' catalogue page over HTTP: a change of fee, name or availability reaches new orders at once,
 * refuses an order confirmed at the old price, and leaves orders already placed as they were.
 */
@ShomeiTest
class CatalogueJourneyTest {

    private static final String PASSWORD = "Sakura-Blossom-2031";
    private static final String SECOND_PASSWORD = "Momiji-Leaves-2032";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    UniversityRepository universities;

    @Autowired
    SchoolCatalog catalog;

    @Autowired
    CertificateTypeRepository types;

    @Autowired
    CertificateOrderRepository orders;

    @Autowired
    MessageSource messages;

    CertificateType completion;
    CertificateTypeForm original;

    @BeforeEach
    void remember() {
        completion = types.findByUniversityIdOrderBySortOrderAsc(universities.findByCode("toto").orElseThrow().getId())
                .stream().filter(t -> t.getCode().equals("completion-ja")).findFirst().orElseThrow();
        original = CertificateTypeForm.of(completion);
    }

    @AfterEach
    void restore() {
        CertificateType type = types.findById(completion.getId()).orElseThrow();
        type.change(original);
        types.save(type);
    }

    @Test
    void shouldApplyAChangeToNewOrdersOnlyAndRefuseOneConfirmedAtTheOldFee() {
        String email = "catalogue-" + System.nanoTime() + "@example.jp";
        Long accountId = TestApplications.totoGraduate(accountService, universities, catalog, email, "石井 涼子",
                "イシイ リョウコ", "T11A" + System.nanoTime() % 10_000).getId();
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", email, "password", PASSWORD, "secondPassword", SECOND_PASSWORD));
        OrderSteps steps = new OrderSteps(graduate, accountService.studentRecords(accountId).get(0).getId());
        String copies = "copies_" + completion.getId();

        steps.start("STORE");
        steps.order(steps.confirm(Map.of(copies, "1"), "COMPANY_OR_SCHOOL", false), "400", "SMART_PIT");
        steps.start("STORE");
        String confirmedAtOldFee = steps.confirm(Map.of(copies, "2"), "COMPANY_OR_SCHOOL", false);

        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        assertThat(admin.page("/staff")).contains("/staff/catalogue");
        assertThat(admin.page("/staff/catalogue")).contains("修了証明書", "学位授与証明書", "在学証明書");
        assertThat(admin.page("/staff/catalogue/" + completion.getId())).contains("name=\"feeYen\"");
        ResponseEntity<String> saved = admin.post("/staff/catalogue/" + completion.getId(), edit("修了証明書（新）", "600",
                "true"));
        assertThat(saved.getHeaders().getLocation().getPath()).isEqualTo("/staff/catalogue");

        ResponseEntity<String> refused = steps.order(confirmedAtOldFee, "800", "SMART_PIT");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains(text("order.refused.total"));

        List<CertificateOrder> placed = orders.findByAccountIdOrderByOrderedAtDesc(accountId);
        assertThat(placed).singleElement().satisfies(order -> {
            assertThat(order.getTotalYen()).isEqualTo(400);
            assertThat(order.getLines().get(0).getNameJa()).isEqualTo("修了証明書");
            assertThat(order.getLines().get(0).getFeeYen()).isEqualTo(400);
        });
        assertThat(graduate.page("/account/orders/" + placed.get(0).getId())).contains("修了証明書",
                text("order.yen", "400")).doesNotContain("修了証明書（新）");

        steps.start("STORE");
        assertThat(steps.confirm(Map.of(copies, "2"), "COMPANY_OR_SCHOOL", false)).contains("修了証明書（新）",
                text("order.yen", "1,200"));

        // Switched off: no longer offered, and refused if sent anyway.
        admin.page("/staff/catalogue/" + completion.getId());
        admin.post("/staff/catalogue/" + completion.getId(), edit("修了証明書", "400", "false"));
        assertThat(steps.start("STORE")).doesNotContain(copies);
        assertThat(steps.chooseCertificates(Map.of(copies, "1")).getBody()).contains(text("order.refused.type"));
    }

    @Test
    void shouldRefuseInvalidValuesAndKeepThePageFromOtherStaff() {
        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        admin.page("/staff/catalogue/" + completion.getId());
        Map<String, String> invalid = new java.util.HashMap<>(edit("", "-1", "true"));
        invalid.remove("orderableBy");
        invalid.put("entryYearFrom", "2010");
        invalid.put("entryYearTo", "2000");
        ResponseEntity<String> refused = admin.post("/staff/catalogue/" + completion.getId(), invalid);
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains("error-summary", text("catalogue.entryYears.order"));
        assertThat(types.findById(completion.getId()).orElseThrow().getFeeYen()).isEqualTo(400);

        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.get("/staff/catalogue").getStatusCode().value()).isEqualTo(404);
        assertThat(staff.page("/staff")).doesNotContain("/staff/catalogue");
    }

    private static Map<String, String> edit(String nameJa, String fee, String enabled) {
        return Map.of("nameJa", nameJa, "nameEn", "Certificate of Completion", "feeYen", fee, "maxCopies", "10",
                "orderableBy", "GRADUATED", "storePrinting", "true", "enabled", enabled, "entryYearFrom", "",
                "entryYearTo", "");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, args.length == 0 ? null : args, Locale.JAPANESE));
    }
}
