package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.AccountRepository;
import jp.shomei.account.AccountService;
import jp.shomei.account.StudentRecord;
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
 * refuses an order confirmed at the old price, and leaves orders already placed as they were; a new type is
 * orderable at once by the student IDs it allows, and a wrong or duplicate one is refused on the form.
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
    AccountRepository accounts;

    @Autowired
    MessageSource messages;

    Long toto;
    CertificateType completion;
    CertificateTypeForm original;
    List<Long> typesBefore;

    @BeforeEach
    void remember() {
        toto = universities.findByCode("toto").orElseThrow().getId();
        completion = types.findByUniversityIdOrderBySortOrderAsc(toto)
                .stream().filter(t -> t.getCode().equals("completion-ja")).findFirst().orElseThrow();
        original = CertificateTypeForm.of(completion);
        typesBefore = types.findAll().stream().map(CertificateType::getId).toList();
    }

    @AfterEach
    void restore() {
        CertificateType type = types.findById(completion.getId()).orElseThrow();
        type.change(original);
        types.save(type);
        // Types added here were never ordered; other tests expect the demo catalogue.
        types.findAll().stream().filter(t -> !typesBefore.contains(t.getId())).forEach(types::delete);
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
        Map<String, String> invalid = new HashMap<>(edit("", "-1", "true"));
        invalid.remove("orderableBy");
        invalid.put("entryYearFrom", "2010");
        invalid.put("entryYearTo", "2000");
        ResponseEntity<String> refused = admin.post("/staff/catalogue/" + completion.getId(), invalid);
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains("error-summary", text("catalogue.entryYears.order"));
        assertThat(types.findById(completion.getId()).orElseThrow().getFeeYen()).isEqualTo(400);
        // Renamed as another of the university's certificates: refused too.
        assertThat(admin.post("/staff/catalogue/" + completion.getId(), edit("学位授与証明書", "400", "true"))
                .getBody()).contains(text("catalogue.duplicate.nameJa"));
        assertThat(types.findById(completion.getId()).orElseThrow().getNameJa()).isEqualTo("修了証明書");

        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.get("/staff/catalogue").getStatusCode().value()).isEqualTo(404);
        assertThat(staff.page("/staff")).doesNotContain("/staff/catalogue");
    }

    @Test
    void shouldAddATypeThatTheStudentIdsItAllowsCanOrderAtOnce() {
        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        String newPage = "/staff/catalogue/universities/" + toto + "/new";
        assertThat(admin.page("/staff/catalogue")).contains(newPage);
        int last = types.findByUniversityIdOrderBySortOrderAsc(toto).stream().mapToInt(CertificateType::getSortOrder)
                .max().orElseThrow();
        assertThat(admin.page(newPage)).contains("name=\"code\"", "value=\"400\"", "value=\"10\"",
                "value=\"" + (last + 1) + "\"");
        List<String> ordersBefore = placedOrders();

        // From the entry year 2013 on: the demo graduate's master's record (2013), not the bachelor's (2009).
        Map<String, String> fields = add("enrollment-period-ja", "在籍期間証明書", "Certificate of Enrollment Period");
        fields.put("entryYearFrom", "2013");
        fields.put("sortOrder", String.valueOf(last + 1));
        ResponseEntity<String> added = admin.post(newPage, fields);
        assertThat(added.getHeaders().getLocation().getPath()).isEqualTo("/staff/catalogue");
        assertThat(admin.follow(added)).contains(text("catalogue.added", "enrollment-period-ja"), "在籍期間証明書");
        CertificateType type = added("enrollment-period-ja");
        assertThat(type.getFeeYen()).isEqualTo(400);
        assertThat(type.getMaxCopies()).isEqualTo(10);
        assertThat(type.isStorePrinting()).isTrue();
        assertThat(type.getSortOrder()).isEqualTo(last + 1);
        assertThat(type.orderableBy()).containsExactly(StudentStatus.GRADUATED);

        WebClient graduate = new WebClient(base());
        graduate.page("/");
        graduate.post("/login", Map.of("username", "yamada.taro@example.jp", "password", "Graduate-Demo-2026",
                "secondPassword", "Second-Demo-2026"));
        List<StudentRecord> records = accountService.studentRecords(
                accounts.findByEmailIgnoreCase("yamada.taro@example.jp").orElseThrow().getId());
        Long master = records.stream().filter(r -> r.getStudentNumber().equals("T13M0567")).findFirst().orElseThrow()
                .getId();
        Long bachelor = records.stream().filter(r -> r.getStudentNumber().equals("T09A1234")).findFirst()
                .orElseThrow().getId();
        String copies = "copies_" + type.getId();
        assertThat(new OrderSteps(graduate, master).start("STORE")).contains(copies, "在籍期間証明書");
        assertThat(new OrderSteps(graduate, bachelor).start("STORE")).doesNotContain(copies, "在籍期間証明書");
        assertThat(placedOrders()).isEqualTo(ordersBefore);
    }

    @Test
    void shouldRefuseAWrongOrDuplicateNewTypeAndKeepItFromOtherStaff() {
        WebClient admin = new WebClient(base());
        admin.signInAsStaff("admin", "Admin-Demo-2026");
        String newPage = "/staff/catalogue/universities/" + toto + "/new";
        admin.page(newPage);
        Map<String, String> wrong = add("Residence Certificate", "在籍証明書", "Residence Certificate");
        wrong.put("feeYen", "100001");
        wrong.put("maxCopies", "0");
        wrong.remove("orderableBy");
        ResponseEntity<String> refused = admin.post(newPage, wrong);
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains("error-summary", text("catalogue.code.pattern"),
                text("catalogue.feeYen.range"), text("catalogue.maxCopies.range"),
                text("catalogue.orderableBy.required"));

        // The code and both names of the Japanese transcript, written differently.
        ResponseEntity<String> duplicate = admin.post(newPage, add("transcript-ja", " 成績証明書 ",
                "TRANSCRIPT (Japanese)"));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(200);
        assertThat(duplicate.getBody()).contains(text("catalogue.duplicate.code"),
                text("catalogue.duplicate.nameJa"), text("catalogue.duplicate.nameEn"));

        admin.page("/staff/catalogue?lang=en");
        assertThat(admin.post(newPage, add("graduation-en", "卒業証明書（英文）", "Other")).getBody())
                .contains(HtmlUtils.htmlEscape(messages.getMessage("catalogue.duplicate.code", null, Locale.ENGLISH)),
                        HtmlUtils.htmlEscape(messages.getMessage("catalogue.duplicate.nameJa", null, Locale.ENGLISH)));
        assertThat(types.findAll()).hasSize(typesBefore.size());
        assertThat(admin.get("/staff/catalogue/universities/999999/new").getStatusCode().value()).isEqualTo(404);

        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        assertThat(staff.get(newPage).getStatusCode().value()).isEqualTo(404);
        staff.page("/staff");
        assertThat(staff.post(newPage, add("staff-made-ja", "職員の証明書", "Staff's certificate")).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(types.findAll()).hasSize(typesBefore.size());
    }

    private Map<String, String> edit(String nameJa, String fee, String enabled) {
        return Map.of("nameJa", nameJa, "nameEn", "Certificate of Completion", "feeYen", fee, "maxCopies", "10",
                "orderableBy", "GRADUATED", "storePrinting", "true", "enabled", enabled, "entryYearFrom", "",
                "entryYearTo", "", "sortOrder", String.valueOf(completion.getSortOrder()));
    }

    /** A new type's form as the page fills it in, with the administrator's code and names. */
    private static Map<String, String> add(String code, String nameJa, String nameEn) {
        return new HashMap<>(Map.ofEntries(Map.entry("code", code), Map.entry("language", "ja"),
                Map.entry("nameJa", nameJa), Map.entry("nameEn", nameEn), Map.entry("feeYen", "400"),
                Map.entry("maxCopies", "10"), Map.entry("orderableBy", "GRADUATED"),
                Map.entry("storePrinting", "true"), Map.entry("enabled", "true"), Map.entry("entryYearFrom", ""),
                Map.entry("entryYearTo", ""), Map.entry("sortOrder", "99")));
    }

    private CertificateType added(String code) {
        return types.findByUniversityIdOrderBySortOrderAsc(toto).stream().filter(t -> t.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    /** Every placed order's lines as they stand: names, fees and copies. */
    private List<String> placedOrders() {
        List<String> placed = new ArrayList<>();
        orders.findAll().forEach(o -> o.getLines().forEach(l -> placed.add(o.getId() + " " + l.getNameJa() + " "
                + l.getFeeYen() + " " + l.getCopies() + " " + o.getTotalYen())));
        return placed;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, args.length == 0 ? null : args, Locale.JAPANESE));
    }
}
