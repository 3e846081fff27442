package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.account.AccountService;
import jp.shomei.certificate.SandboxPrintJob;
import jp.shomei.certificate.SandboxPrintNetwork;
import jp.shomei.support.LoopbackVisitor;
import jp.shomei.support.Mailbox;
import jp.shomei.support.ShomeiTest;
import jp.shomei.support.TestApplications;
import jp.shomei.support.WebClient;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Ordering certificates over HTTP as a graduate does, paid through the sandbox provider, with the mails read from the
 * embedded mail server; and what tampered forms and forged or repeated payment notifications get.
 */
@ShomeiTest
class OrderJourneyTest {

    private static final AtomicInteger graduates = new AtomicInteger();
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
    OrderPaymentRepository payments;

    @Autowired
    PaymentCallbackRepository callbacks;

    @Autowired
    SandboxPaymentGateway sandbox;

    @Autowired
    GreenMail greenMail;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    MessageSource messages;

    @Autowired
    PrintOrders printing;

    @Autowired
    OrderMails orderMails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SandboxPrintNetwork printNetwork;

    WebClient browser;
    OrderSteps steps;
    Mailbox mailbox;
    String email;
    Long accountId;
    Long recordId;

    @BeforeEach
    void setUp() {
        browser = new WebClient(base());
        mailbox = new Mailbox(greenMail);
        email = "order" + graduates.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        accountId = TestApplications.totoGraduate(accountService, universities, catalog, email, "石井 涼子",
                "イシイ リョウコ", "T10A" + (3000 + graduates.get())).getId();
        accountService.setPasswords(accountId, PASSWORD, SECOND_PASSWORD);
        recordId = accountService.studentRecords(accountId).get(0).getId();
        signIn(browser, email);
        steps = new OrderSteps(browser, recordId);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldOrderTwoTranscriptsForTheStoreAndPayOnceWithPayPal() {
        String home = browser.page("/home");
        assertThat(home).contains("formaction=\"/account/orders/new\"", "value=\"STORE\"", "value=\"POST\"");

        String certificates = steps.start("STORE");
        // Japanese versions print at the store; English ones go by post only; enrolled students' are not offered.
        assertThat(certificates).contains("成績証明書", "卒業証明書", "copies_" + type("transcript-ja"), text("order.printCharge"))
                .doesNotContain("copies_" + type("transcript-en"), "copies_" + type("enrollment-ja"),
                        "copies_" + type("expected-graduation-ja"));

        String confirm = steps.confirm(Map.of("copies_" + type("transcript-ja"), "2"), "COMPANY_OR_SCHOOL", false);
        LocalDate printUntil = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
        assertThat(confirm).contains(text("order.yen", "800"), text("order.printUntilIfPaidNow", printUntil.toString()),
                text("order.noRefund.store"), text("order.printCharge"), "株式会社サンプル");
        assertThat(confirm).doesNotContain(text("order.byPost.title"));

        ResponseEntity<String> ordered = steps.order(confirm, "800", "PAYPAL");
        String approval = ordered.getHeaders().getLocation().toString();
        assertThat(approval).contains("/sandbox/paypal/");
        CertificateOrder placed = onlyOrder();
        assertThat(placed.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(placed.getDestination()).isEqualTo(Destination.STORE);
        assertThat(placed.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getNameJa()).isEqualTo("成績証明書");
            assertThat(line.getFeeYen()).isEqualTo(400);
            assertThat(line.getCopies()).isEqualTo(2);
        });

        // The same page sent twice (double click, reload) is one order and one payment.
        assertThat(steps.order(confirm, "800", "PAYPAL").getHeaders().getLocation().toString()).isEqualTo(approval);
        assertThat(orders.findByAccountIdOrderByOrderedAtDesc(accountId)).hasSize(1);

        assertThat(browser.page(approval)).contains(text("order.yen", "800"), text("sandbox.paypal.approve"));
        String reference = approval.substring(approval.lastIndexOf('/') + 1);
        ResponseEntity<String> approved = browser.post("/sandbox/paypal/" + reference + "/approve", Map.of());
        assertThat(approved.getHeaders().getLocation().getPath()).isEqualTo("/account/orders/" + placed.getId());
        // Approved again (second tab, back button): nothing more is captured or notified.
        browser.post("/sandbox/paypal/" + reference + "/approve", Map.of());
        assertThat(callbacks.findByPaymentReferenceOrderByIdAsc(reference)).extracting(PaymentCallback::getOutcome)
                .containsExactly(PaymentCallback.Outcome.ACCEPTED);

        CertificateOrder paid = orders.findById(placed.getId()).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.getPrintUntil()).isEqualTo(OrderDeadlines.printUntil(paid.getPaidAt()));
        assertThat(browser.page("/account/orders/" + placed.getId())).contains(text("order.status.PAID"),
                text("order.printUntil", paid.getPrintUntil().toString()));
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-paid.intro", placed.getReference(), "800")))
                .contains(paid.getPrintUntil().toString());
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-received.intro", placed.getReference())))
                .contains("成績証明書 × 2");

        assertThat(browser.page("/account/applications")).contains(text("order.kind"), placed.getReference(),
                text("order.status.PAID"), text("order.step.ordered"), text("order.step.paid"),
                "href=\"/account/orders/" + placed.getId() + "\"");
    }

    @Test
    void shouldMailTheReservationNumbersOfAPaidStoreOrderAndShowItPrintedAfterTheStorePrintedIt() throws Exception {
        String mail = paidStoreOrder(2);
        CertificateOrder placed = onlyOrder();
        LocalDate printUntil = placed.getPrintUntil();
        List<OrderPrintCopy> copies = printing.copies(placed.getId());
        assertThat(copies).hasSize(2);
        assertThat(mail).contains(mailText("mail.order-paid.printUntil", printUntil.toString()));
        for (OrderPrintCopy copy : copies) {
            assertThat(mail).contains(mailText("mail.order-ready-to-print.netprint", copy.getNetprintNumber()),
                    mailText("mail.order-ready-to-print.networkPrint", copy.getNetworkPrintNumber()));
            assertThat(copy.getPrintableUntil()).isEqualTo(
                    printUntil.plusDays(1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant().minusMillis(1));
        }
        // The issuing step run again (a retry after its work committed) issues and registers nothing more.
        int issued = jdbc.queryForObject("select count(*) from issued_certificate", Integer.class);
        int registered = printNetwork.jobs().size();
        printing.issueAndRegister(placed.getId());
        assertThat(jdbc.queryForObject("select count(*) from issued_certificate", Integer.class)).isEqualTo(issued);
        assertThat(printNetwork.jobs()).hasSize(registered);
        assertThat(printing.copies(placed.getId())).extracting(OrderPrintCopy::getNetprintNumber)
                .isEqualTo(copies.stream().map(OrderPrintCopy::getNetprintNumber).toList());

        assertThat(browser.page("/account/applications")).contains(text("order.step.readyToPrint"),
                copies.get(0).getNetprintNumber() + " / " + copies.get(0).getNetworkPrintNumber());

        // The order's page: each copy with the mail's numbers, in the mail's order, the stores they are for and the
        // deadline; the numbers replace the promise to mail them.
        String page = browser.page("/account/orders/" + placed.getId());
        assertThat(reservationNumbersOnPage(page)).isEqualTo(reservationNumbersInMail(mail)).hasSize(4);
        assertThat(page).contains(text("order.print.heading"), text("order.print.copy", "成績証明書", 1, 2),
                text("order.print.copy", "成績証明書", 2, 2), text("order.print.netprint"),
                text("order.print.networkPrint"), text("order.printUntil", printUntil.toString()),
                text("order.print.waiting"))
                .doesNotContain(text("order.paid.storeNext"), text("order.print.over", printUntil.toString()));

        // The store's PDF names the graduate and carries a code the verification page accepts.
        SandboxPrintJob job = printNetwork.jobs().stream()
                .filter(j -> j.getReservationNumber().equals(copies.get(0).getNetworkPrintNumber()))
                .findFirst().orElseThrow();
        byte[] pdf = new RestTemplate().getForObject(base() + "/dev/print/" + job.getId() + "/pdf", byte[].class);
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(document);
        }
        assertThat(printed).contains("石井 涼子", "成績証明書");
        Matcher code = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(printed);
        assertThat(code.find()).isTrue();
        WebClient verifier = new WebClient(base());
        verifier.page("/verify");
        assertThat(verifier.post("/verify", Map.of("code", code.group())).getBody())
                .contains(text("verify.outcome.VALID"), "石井 涼子");

        WebClient store = new WebClient(base());
        store.page("/dev/print");
        store.post("/dev/print/" + job.getId() + "/printed", Map.of());
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PRINTED);
        assertThat(browser.page("/account/applications")).contains(text("order.status.PRINTED"),
                text("order.step.printed"));
        // The first copy printed, with its time; the second still waits.
        String printedAt = format(printing.copies(placed.getId()).get(0).getPrintedAt());
        String afterPrint = browser.page("/account/orders/" + placed.getId());
        assertThat(afterPrint).contains(text("order.status.PRINTED"));
        assertThat(afterPrint.indexOf(text("order.print.printedAt", printedAt)))
                .isPositive().isLessThan(afterPrint.indexOf(text("order.print.copy", "成績証明書", 2, 2)));
        assertThat(afterPrint.indexOf(text("order.print.waiting")))
                .isGreaterThan(afterPrint.indexOf(text("order.print.copy", "成績証明書", 2, 2)));

        // A print that came in before the process waited for it: its reminder and expiry tell the graduate nothing.
        int mails = mailbox.count(email);
        printing.expire(placed.getId());
        orderMails.sendPrintReminder(placed.getId());
        orderMails.sendPrintExpired(placed.getId());
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PRINTED);
        assertThat(mailbox.count(email)).isEqualTo(mails);
    }

    @Test
    void shouldSayOnTheOrderPageThatNothingIsPrintableFromMidnightOfTheEighthDay() {
        String mail = paidStoreOrder(1);
        CertificateOrder placed = onlyOrder();
        String printUntil = placed.getPrintUntil().toString();
        Instant ends = OrderDeadlines.printingEnds(placed.getPrintUntil());

        ClockUtil.offset(Instant.now().until(ends.minusSeconds(60), ChronoUnit.MILLIS));
        assertThat(browser.page("/account/orders/" + placed.getId())).as("at 23:59 of the 7th day")
                .contains(text("order.printUntil", printUntil), text("order.print.waiting"))
                .doesNotContain(text("order.print.over", printUntil));

        ClockUtil.offset(Instant.now().until(ends, ChronoUnit.MILLIS));
        String over = browser.page("/account/orders/" + placed.getId());
        assertThat(over).as("at 00:00 of the 8th day").contains(text("order.print.over", printUntil),
                text("order.print.notPrintable"))
                .doesNotContain(text("order.printUntil", printUntil), ">" + text("order.print.waiting") + "<");
        // The numbers stay on the page, as they were mailed.
        assertThat(reservationNumbersOnPage(over)).isEqualTo(reservationNumbersInMail(mail)).hasSize(2);
    }

    @Test
    void shouldShowAnOrdersReservationNumbersToItsOwnerOnly() {
        paidStoreOrder(1);
        CertificateOrder placed = onlyOrder();
        OrderPrintCopy copy = printing.copies(placed.getId()).get(0);

        String stranger = "stranger" + graduates.incrementAndGet() + "-" + System.nanoTime() + "@example.jp";
        Long strangerId = TestApplications.totoGraduate(accountService, universities, catalog, stranger, "岡田 誠",
                "オカダ マコト", "T10A" + (3000 + graduates.get())).getId();
        accountService.setPasswords(strangerId, PASSWORD, SECOND_PASSWORD);
        WebClient other = new WebClient(base());
        signIn(other, stranger);
        ResponseEntity<String> refused = other.get("/account/orders/" + placed.getId());
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains(text("order.refused.unknown"))
                .doesNotContain(copy.getNetprintNumber(), copy.getNetworkPrintNumber(), placed.getReference());
    }

    @Test
    void shouldSendAnEmbassyOrderByPostAndTakeTheSmartPitPaymentAtTheStore() {
        steps.start("STORE");
        String confirm = steps.confirm(Map.of("copies_" + type("graduation-ja"), "1"), "MOFA_OR_EMBASSY", false);
        assertThat(confirm).contains(text("order.byPost.title"), text("order.postReason.PAPER_ORIGINAL.why"),
                text("order.destination.POST"), text("order.post.after"), "千代田区");
        assertThat(confirm).doesNotContain(text("order.printUntilIfPaidNow", ""));

        ResponseEntity<String> ordered = steps.order(confirm, "400", "SMART_PIT");
        CertificateOrder placed = onlyOrder();
        assertThat(ordered.getHeaders().getLocation().getPath()).isEqualTo("/account/orders/" + placed.getId());
        assertThat(placed.getDestination()).isEqualTo(Destination.POST);
        assertThat(placed.getPostReason()).isEqualTo(PostReason.PAPER_ORIGINAL);
        String number = payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getPaymentNumber();
        assertThat(number).matches("\\d{13}");
        assertThat(browser.page("/account/orders/" + placed.getId())).contains(number, text("order.smartPit.intro"));

        WebClient store = new WebClient(base());
        assertThat(store.page("/dev/payments")).contains(number);
        String reference = payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getReference();
        store.post("/dev/payments/" + reference + "/paid", Map.of());
        store.post("/dev/payments/" + reference + "/paid", Map.of());

        CertificateOrder paid = orders.findById(placed.getId()).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.getPrintUntil()).isNull();
        assertThat(callbacks.findByPaymentReferenceOrderByIdAsc(reference)).extracting(PaymentCallback::getOutcome)
                .containsExactly(PaymentCallback.Outcome.ACCEPTED);
        assertThat(store.page("/dev/payments")).doesNotContain(number);
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-received.intro", placed.getReference())))
                .contains(number);
    }

    @Test
    void shouldHaveTheUniversitysStaffPostAnEmbassyOrderInTasklistAndMailTheTrackingNumber() {
        steps.start("STORE");
        steps.order(steps.confirm(Map.of("copies_" + type("graduation-ja"), "2"), "MOFA_OR_EMBASSY", false), "800",
                "SMART_PIT");
        CertificateOrder placed = onlyOrder();
        String reference = payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getReference();
        WebClient store = new WebClient(base());
        store.page("/dev/payments");
        store.post("/dev/payments/" + reference + "/paid", Map.of());

        Task post = OrderSteps.awaitPostTask(taskService, placed);
        assertThat(post.getTenantId()).isEqualTo("toto");
        assertThat(taskService.getVariablesLocal(post.getId())).containsEntry("review_reference", placed.getReference())
                .containsEntry("review_nameKanji", "石井 涼子")
                .hasEntrySatisfying("review_lines", lines -> assertThat((String) lines).contains("卒業証明書", "× 2部"))
                .containsEntry("review_postReason", mailText("post.view.postReason.PAPER_ORIGINAL"))
                .hasEntrySatisfying("review_address", address -> assertThat((String) address).contains("千代田区"));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(post.getProcessInstanceId())
                .list()).extracting(HistoricVariableInstance::getName)
                .containsOnly(PostProcess.Variables.STAFF_GROUP, PostProcess.Variables.POST_REMINDER_AT);

        String submit = "/camunda/api/engine/engine/default/task/" + post.getId() + "/submit-form";
        WebClient otherUniversity = new WebClient(base());
        otherUniversity.signInAsStaff("saikyo-staff", "Staff-Demo-2026");
        otherUniversity.page("/camunda/app/tasklist/default/");
        assertThat(otherUniversity.sendJson("POST", submit, "{\"variables\":{\"postedOn\":{\"value\":\"2026-04-03\"},"
                + "\"trackingNumber\":{\"value\":\"1\"}}}", Map.of()).getStatusCode().value()).isNotEqualTo(204);

        WebClient staff = new WebClient(base());
        staff.signInAsStaff("toto-staff", "Staff-Demo-2026");
        staff.page("/camunda/app/tasklist/default/");
        Map<String, String> japanese = Map.of("Accept-Language", "ja");
        ResponseEntity<String> forged = staff.sendJson("POST", submit, "{\"variables\":{\"orderId\":{\"value\":1,"
                + "\"type\":\"Long\"},\"postedOn\":{\"value\":\"2026-04-03\"}}}", japanese);
        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody()).contains("「orderId」");
        ResponseEntity<String> untracked = staff.sendJson("POST", submit,
                "{\"variables\":{\"postedOn\":{\"value\":\"2026-04-03\"}}}", japanese);
        assertThat(untracked.getStatusCode().value()).isEqualTo(400);
        assertThat(untracked.getBody()).contains(mailText("post.trackingNumber.missing"));
        ResponseEntity<String> tomorrow = staff.sendJson("POST", submit, "{\"variables\":{\"postedOn\":{\"value\":\""
                + LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1) + "\"},\"trackingNumber\":{\"value\":\"1234\"}}}",
                Map.of("Accept-Language", "en"));
        assertThat(tomorrow.getStatusCode().value()).isEqualTo(400);
        assertThat(tomorrow.getBody()).contains("The posting date cannot be later than today (Japan time).");
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(staff.sendJson("POST", submit, "{\"variables\":{\"postedOn\":{\"value\":\"" + today
                + "\"},\"trackingNumber\":{\"value\":\"1234-5678-9012\"}}}", japanese).getStatusCode().value())
                .isEqualTo(204);
        CertificateOrder posted = orders.findById(placed.getId()).orElseThrow();
        assertThat(posted.getStatus()).isEqualTo(OrderStatus.POSTED);
        assertThat(posted.getPostedOn()).isEqualTo(today);
        assertThat(posted.getTrackingNumber()).isEqualTo("1234-5678-9012");
        assertThat(posted.getPostedBy()).isEqualTo("toto-staff");
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-posted.intro", placed.getReference(),
                today.toString()))).contains(mailText("mail.order-posted.tracking", "1234-5678-9012"));
        assertThat(browser.page("/account/applications")).contains(text("order.status.POSTED"),
                text("order.step.posted"), text("order.step.postDetails", today.toString(), "1234-5678-9012"));
    }

    @Test
    void shouldGoByPostWhenASealedEnvelopeIsAsked() {
        steps.start("STORE");
        String confirm = steps.confirm(Map.of("copies_" + type("transcript-ja"), "1"), "COMPANY_OR_SCHOOL", true);
        assertThat(confirm).contains(text("order.postReason.SEALED_ENVELOPE.why"));
        steps.order(confirm, "400", "SMART_PIT");
        assertThat(onlyOrder().getDestination()).isEqualTo(Destination.POST);
    }

    @Test
    void shouldOfferEnglishVersionsByPost() {
        assertThat(steps.start("POST")).contains("copies_" + type("transcript-en"), "copies_" + type("graduation-en"));
    }

    @Test
    void shouldRefuseAnotherAccountsStudentIdAndWhatTheStudentIdOrDestinationDoesNotAllow() {
        Long demoRecord = accountService.studentRecords(accountService.findReapplicationMatch("ヤマダ タロウ",
                LocalDate.of(1990, 5, 15), "T09A1234").orElseThrow().getId()).get(0).getId();
        browser.page("/home");
        ResponseEntity<String> foreign = browser.post("/account/orders/new",
                Map.of("studentRecordId", String.valueOf(demoRecord), "destination", "STORE"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(foreign.getBody()).contains(text("order.refused.studentId"), text("order.refused.nothingCharged"));

        steps.start("STORE");
        Long saikyoGraduation = types.findByUniversityIdOrderBySortOrderAsc(
                universities.findByCode("saikyo").orElseThrow().getId()).get(0).getId();
        for (Map.Entry<String, String> bad : Map.of(
                "copies_" + type("transcript-en"), "order.refused.type",
                "copies_" + type("enrollment-ja"), "order.refused.type",
                "copies_" + saikyoGraduation, "order.refused.type",
                "copies_x", "order.refused.type").entrySet()) {
            ResponseEntity<String> refused = steps.chooseCertificates(Map.of(bad.getKey(), "1"));
            assertThat(refused.getStatusCode().value()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.getBody()).contains(text(bad.getValue()));
        }
        for (String copies : List.of("11", "-1", "two", "4294967297")) {
            ResponseEntity<String> refused = steps.chooseCertificates(Map.of("copies_" + type("transcript-ja"), copies));
            assertThat(refused.getStatusCode().value()).as(copies).isEqualTo(400);
            assertThat(refused.getBody()).contains(text("order.refused.copies"));
        }
        assertThat(steps.chooseCertificates(Map.of("copies_" + type("transcript-ja"), "0")).getBody())
                .contains(text("order.refused.noCertificates"));
        assertThat(orders.findByAccountIdOrderByOrderedAtDesc(accountId)).isEmpty();
    }

    @Test
    void shouldRefuseATamperedTotalOrAMissingPaymentMethodAndChargeNothing() {
        steps.start("STORE");
        String confirm = steps.confirm(Map.of("copies_" + type("transcript-ja"), "3"), "COMPANY_OR_SCHOOL", false);

        ResponseEntity<String> cheaper = steps.order(confirm, "400", "PAYPAL");
        assertThat(cheaper.getStatusCode().value()).isEqualTo(400);
        assertThat(cheaper.getBody()).contains(text("order.refused.total"));
        assertThat(steps.order(confirm, "1200", null).getBody()).contains(text("order.refused.paymentMethod"));
        assertThat(orders.findByAccountIdOrderByOrderedAtDesc(accountId)).isEmpty();

        ResponseEntity<String> fair = steps.order(confirm, "1200", "SMART_PIT");
        assertThat(fair.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(onlyOrder().getTotalYen()).isEqualTo(1200);
    }

    @Test
    void shouldMoveTheOrderOnlyForASignedNewNotificationOfItsAmountInTime() {
        steps.start("STORE");
        steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), "2"), "COMPANY_OR_SCHOOL", false), "800",
                "SMART_PIT");
        CertificateOrder placed = onlyOrder();
        String reference = payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getReference();
        WebClient provider = new WebClient(base());

        Map<String, String> unsigned = new HashMap<>(sandbox.notification(reference, 800));
        unsigned.remove(SandboxPaymentGateway.SIGNATURE);
        assertThat(provider.post("/payments/notify", unsigned).getStatusCode().value()).isEqualTo(401);
        Map<String, String> forged = new HashMap<>(sandbox.notification(reference, 800));
        forged.put(SandboxPaymentGateway.AMOUNT, "8");
        assertThat(provider.post("/payments/notify", forged).getStatusCode().value()).isEqualTo(401);
        assertThat(provider.post("/payments/notify", sandbox.notification(reference, 400)).getStatusCode().value())
                .isEqualTo(400);
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        Map<String, String> genuine = sandbox.notification(reference, 800);
        assertThat(provider.post("/payments/notify", genuine).getStatusCode().value()).isEqualTo(200);
        CertificateOrder paid = orders.findById(placed.getId()).orElseThrow();
        assertThat(paid.getStatus()).isEqualTo(OrderStatus.PAID);

        // Replayed, or notified again: acknowledged or refused, and the order stays as it was.
        assertThat(provider.post("/payments/notify", genuine).getStatusCode().value()).isEqualTo(409);
        assertThat(provider.post("/payments/notify", sandbox.notification(reference, 800)).getStatusCode().value())
                .isEqualTo(200);
        CertificateOrder after = orders.findById(placed.getId()).orElseThrow();
        assertThat(after.getPaidAt()).isEqualTo(paid.getPaidAt());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(callbacks.findByPaymentReferenceOrderByIdAsc(reference)).extracting(PaymentCallback::getOutcome)
                .containsExactly(PaymentCallback.Outcome.WRONG_AMOUNT, PaymentCallback.Outcome.ACCEPTED,
                        PaymentCallback.Outcome.REPLAYED, PaymentCallback.Outcome.ALREADY_PAID);
    }

    @Test
    void shouldStopRecordingAFloodOfUnsignedNotificationsFromOneClient() {
        LoopbackVisitor forger = new LoopbackVisitor(port);
        Map<String, String> unsigned = Map.of(SandboxPaymentGateway.AMOUNT, "400");
        Integer before = jdbc.queryForObject("select count(*) from payment_callback", Integer.class);
        for (int i = 0; i < 20; i++) {
            assertThat(forger.post("/payments/notify", unsigned).status()).isEqualTo(401);
        }
        assertThat(forger.post("/payments/notify", unsigned).status()).isEqualTo(429);
        assertThat(jdbc.queryForObject("select count(*) from payment_callback", Integer.class)).isEqualTo(before + 20);
        assertThat(new LoopbackVisitor(port).post("/payments/notify", unsigned).status()).as("another client")
                .isEqualTo(401);
    }

    @Test
    void shouldRefuseAPaymentForAnOrderPastItsDeadline() {
        steps.start("STORE");
        steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), "1"), "COMPANY_OR_SCHOOL", false), "400",
                "SMART_PIT");
        CertificateOrder placed = onlyOrder();
        String reference = payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getReference();

        ClockUtil.offset(7L * 24 * 60 * 60 * 1000);
        ResponseEntity<String> late = new WebClient(base()).post("/payments/notify", sandbox.notification(reference, 400));
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isNotEqualTo(OrderStatus.PAID);
        assertThat(callbacks.findByPaymentReferenceOrderByIdAsc(reference)).extracting(PaymentCallback::getOutcome)
                .containsExactly(PaymentCallback.Outcome.ORDER_CLOSED);
    }

    @Test
    void shouldRemindADayBeforeTheDeadlineThenExpireTheOrderAndMailBoth() {
        steps.start("STORE");
        steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), "1"), "COMPANY_OR_SCHOOL", false), "400",
                "SMART_PIT");
        CertificateOrder placed = onlyOrder();

        ClockUtil.offset(6L * 24 * 60 * 60 * 1000);
        fire(placed, OrderProcess.Elements.PAYMENT_REMINDER);
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-payment-reminder.intro",
                placed.getReference(), format(placed.getPaymentDueAt())))).contains(
                payments.findByOrderIdOrderByIdDesc(placed.getId()).get(0).getPaymentNumber());

        ClockUtil.offset(7L * 24 * 60 * 60 * 1000);
        fire(placed, OrderProcess.Elements.PAYMENT_EXPIRED);
        assertThat(mailbox.awaitMailContaining(email, mailText("mail.order-expired.intro", placed.getReference(),
                format(placed.getPaymentDueAt())))).contains(mailText("mail.order-expired.nothingCharged"));
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(browser.page("/account/orders/" + placed.getId())).contains(text("order.expired"))
                .doesNotContain("/pay\"");
        assertThat(browser.page("/account/applications")).contains(text("order.status.EXPIRED"),
                text("order.step.reminded"), text("order.step.expired"));
    }

    @Test
    void shouldComeBackFromACancelledPayPalApprovalAndPayWithTheSamePayment() {
        steps.start("STORE");
        String approval = steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), "1"),
                "COMPANY_OR_SCHOOL", false), "400", "PAYPAL").getHeaders().getLocation().toString();
        CertificateOrder placed = onlyOrder();
        browser.page(approval);
        String reference = approval.substring(approval.lastIndexOf('/') + 1);
        ResponseEntity<String> back = browser.post("/sandbox/paypal/" + reference + "/cancel", Map.of());
        assertThat(back.getHeaders().getLocation().toString()).endsWith("/account/orders/" + placed.getId()
                + "?paymentCancelled");
        assertThat(browser.page("/account/orders/" + placed.getId() + "?paymentCancelled"))
                .contains(text("order.paymentCancelled", format(placed.getPaymentDueAt())), text("order.pay.paypal"));
        assertThat(browser.post("/account/orders/" + placed.getId() + "/pay", Map.of()).getHeaders().getLocation()
                .toString()).isEqualTo(approval);
        assertThat(payments.findByOrderIdOrderByIdDesc(placed.getId())).hasSize(1);
    }

    @Test
    void shouldCancelBeforePaymentAndThenRefuseToPay() {
        steps.start("STORE");
        steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), "1"), "COMPANY_OR_SCHOOL", false), "400",
                "PAYPAL");
        CertificateOrder placed = onlyOrder();
        browser.page("/account/orders/" + placed.getId());
        browser.post("/account/orders/" + placed.getId() + "/cancel", Map.of());
        assertThat(orders.findById(placed.getId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(browser.post("/account/orders/" + placed.getId() + "/pay", Map.of()).getBody())
                .contains(text("order.refused.notPayable"));
        assertThat(browser.page("/account/applications")).contains(text("order.status.CANCELLED"),
                text("order.step.cancelled"));
    }

    /**
     * Runs the order's timer, now due. The job executor sees it due as well and may run it first, or another job of
     * the order may win; then the executor runs it (again), and the test waits for its mail.
     */
    private void fire(CertificateOrder order, String timerId) {
        Job timer = managementService.createJobQuery().processInstanceId(order.getProcessInstanceId())
                .activityId(timerId).timers().singleResult();
        if (timer != null) {
            try {
                managementService.executeJob(timer.getId());
            } catch (ProcessEngineException leftToTheJobExecutor) {
                // The executor ran it at the same moment (ENGINE-03005 and its kin): it finishes the timer.
                awaitGone(timer.getId());
            }
        }
    }

    private void awaitGone(String jobId) {
        long until = System.currentTimeMillis() + 15_000;
        while (managementService.createJobQuery().jobId(jobId).count() > 0) {
            assertThat(System.currentTimeMillis()).as("timer " + jobId + " run by the job executor").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A store order of transcripts, paid with PayPal; returns its mail with the reservation numbers. */
    private String paidStoreOrder(int copies) {
        steps.start("STORE");
        String approval = steps.order(steps.confirm(Map.of("copies_" + type("transcript-ja"), String.valueOf(copies)),
                "COMPANY_OR_SCHOOL", false), String.valueOf(400 * copies), "PAYPAL").getHeaders().getLocation()
                .toString();
        browser.post("/sandbox/paypal/" + approval.substring(approval.lastIndexOf('/') + 1) + "/approve", Map.of());
        return mailbox.awaitMailContaining(email, mailText("mail.order-ready-to-print.intro",
                onlyOrder().getReference()));
    }

    /** The reservation numbers of the order's page, in their order (each copy: 7-Eleven, then FamilyMart/Lawson). */
    private static List<String> reservationNumbersOnPage(String page) {
        return Pattern.compile("class=\"reservation-number\">([^<]+)<").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }

    /** The reservation numbers of the ready-to-print mail, in the same order. */
    private List<String> reservationNumbersInMail(String mail) {
        String netprint = mailText("mail.order-ready-to-print.netprint", "@NUMBER@").split("@NUMBER@")[0];
        String networkPrint = mailText("mail.order-ready-to-print.networkPrint", "@NUMBER@").split("@NUMBER@")[0];
        return Pattern.compile("(?:" + Pattern.quote(netprint) + "|" + Pattern.quote(networkPrint) + ")(\\S+)")
                .matcher(mail).results().map(m -> m.group(1)).toList();
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(ZoneId.of("Asia/Tokyo")));
    }

    private CertificateOrder onlyOrder() {
        List<CertificateOrder> placed = orders.findByAccountIdOrderByOrderedAtDesc(accountId);
        assertThat(placed).hasSize(1);
        return placed.get(0);
    }

    private Long type(String code) {
        return types.findByUniversityIdOrderBySortOrderAsc(universities.findByCode("toto").orElseThrow().getId())
                .stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    private void signIn(WebClient client, String username) {
        client.page("/");
        assertThat(client.post("/login", Map.of("username", username, "password", PASSWORD,
                "secondPassword", SECOND_PASSWORD)).getHeaders().getLocation().getPath()).isEqualTo("/home");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String code, Object... args) {
        return message(code, true, args);
    }

    private String mailText(String code, Object... args) {
        return message(code, false, args);
    }

    private String message(String code, boolean html, Object... args) {
        String message = messages.getMessage(code, args.length == 0 ? null : args, Locale.JAPANESE);
        return html ? HtmlUtils.htmlEscape(message) : message;
    }
}
