package jp.shomei.order;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.SignedIn;
import jp.shomei.account.StudentRecord;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ordering certificates, signed in: student ID and destination (from Select printing destination) → certificates
 * and copies → purpose and place of submission → confirmation → order and payment; then the order's own page.
 * The steps keep the draft in the session; the service checks it again at every step.
 */
@Controller
class OrderController {

    private static final String DRAFT = OrderController.class.getName() + ".draft";
    private static final String COPIES_PREFIX = "copies_";

    private final OrderService orders;
    private final Checkout checkout;
    private final PaymentService payments;
    private final PrintOrders printing;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final SignedIn signedIn;
    private final Clock clock;

    OrderController(OrderService orders, Checkout checkout, PaymentService payments, PrintOrders printing,
            AccountService accounts, SchoolCatalog schools, SignedIn signedIn, Clock clock) {
        this.orders = orders;
        this.checkout = checkout;
        this.payments = payments;
        this.printing = printing;
        this.accounts = accounts;
        this.schools = schools;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @PostMapping("/account/orders/new")
    String start(@RequestParam Long studentRecordId, @RequestParam Destination destination, HttpSession session) {
        orders.studentRecord(accountId(), studentRecordId);
        session.setAttribute(DRAFT, new OrderDraft(studentRecordId, destination));
        return "redirect:/account/orders/new/certificates";
    }

    @GetMapping("/account/orders/new/certificates")
    String certificates(HttpSession session, Locale locale, Model model) {
        OrderDraft draft = draft(session);
        if (draft == null) {
            return "redirect:/home";
        }
        List<CertificateType> types = orders.orderable(accountId(), draft);
        model.addAttribute("draft", draft);
        model.addAttribute("record", recordView(draft.getStudentRecordId(), locale));
        model.addAttribute("types", types);
        return "order/certificates";
    }

    /** Copies arrive as {@code copies_<type id>}; a type, count or destination not in the catalogue is refused. */
    @PostMapping("/account/orders/new/certificates")
    String chooseCertificates(@RequestParam Map<String, String> fields, HttpSession session, Locale locale,
            Model model) {
        OrderDraft draft = draft(session);
        if (draft == null) {
            return "redirect:/home";
        }
        Map<Long, Integer> copies = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(COPIES_PREFIX)) {
                copies.put(id(name.substring(COPIES_PREFIX.length())), count(value, "order.refused.copies"));
            }
        });
        orders.chooseCopies(accountId(), draft, copies);
        if (draft.getCopies().isEmpty()) {
            model.addAttribute("noneChosen", true);
            return certificates(session, locale, model);
        }
        return "redirect:/account/orders/new/purpose";
    }

    @GetMapping("/account/orders/new/purpose")
    String purpose(HttpSession session, Model model) {
        OrderDraft draft = draft(session);
        if (draft == null || draft.getCopies().isEmpty()) {
            return "redirect:/home";
        }
        PurposeForm form = new PurposeForm();
        if (draft.purposeGiven()) {
            form.setIntendedUse(draft.getPurpose());
            form.setSubmissionPlace(draft.getSubmissionPlace());
            form.setSubmissionKind(draft.getSubmissionKind());
            form.setSealedEnvelope(draft.isSealedEnvelope());
        } else {
            Account account = accounts.find(accountId()).orElseThrow();
            form.setIntendedUse(account.getPersonal().intendedUse());
            form.setSubmissionPlace(account.getPersonal().submissionPlace());
        }
        return purposePage(draft, form, model);
    }

    @PostMapping("/account/orders/new/purpose")
    String choosePurpose(@Valid @ModelAttribute("purposeForm") PurposeForm form, BindingResult result,
            HttpSession session, Model model) {
        OrderDraft draft = draft(session);
        if (draft == null || draft.getCopies().isEmpty()) {
            return "redirect:/home";
        }
        if (result.hasErrors()) {
            return purposePage(draft, form, model);
        }
        draft.setPurpose(form.getIntendedUse().trim());
        draft.setSubmissionPlace(form.getSubmissionPlace().trim());
        draft.setSubmissionKind(form.getSubmissionKind());
        draft.setSealedEnvelope(form.isSealedEnvelope());
        orders.quote(accountId(), draft);
        return "redirect:/account/orders/new/confirm";
    }

    @GetMapping("/account/orders/new/confirm")
    String confirm(HttpSession session, Locale locale, Model model) {
        OrderDraft draft = draft(session);
        if (draft == null || draft.getCopies().isEmpty() || !draft.purposeGiven()) {
            return "redirect:/home";
        }
        Quote quote = orders.quote(accountId(), draft);
        if (draft.getOrderToken() == null) {
            draft.setOrderToken(UUID.randomUUID().toString());
        }
        Account account = accounts.find(accountId()).orElseThrow();
        model.addAttribute("draft", draft);
        model.addAttribute("quote", quote);
        model.addAttribute("lines", quote.lines().stream().map(l -> new LineView(l.type().name(locale),
                l.type().getFeeYen(), l.copies(), l.subtotalYen())).toList());
        model.addAttribute("record", recordView(draft.getStudentRecordId(), locale));
        model.addAttribute("address", account.getPersonal());
        model.addAttribute("accountName", account.getNameKanji());
        model.addAttribute("paymentDue", OrderDeadlines.paymentDue(clock.instant()).atZone(OrderDeadlines.JAPAN));
        model.addAttribute("printUntilIfPaidNow", OrderDeadlines.printUntil(clock.instant()));
        model.addAttribute("paymentMethods", PaymentMethod.values());
        return "order/confirm";
    }

    /** "Order": places the order once for this confirmation page, then sends the graduate on to pay. */
    @PostMapping("/account/orders")
    String place(@RequestParam String orderToken, @RequestParam String totalYen,
            @RequestParam(required = false) PaymentMethod paymentMethod, HttpSession session) {
        OrderDraft draft = draft(session);
        if (draft != null && orderToken.equals(draft.getOrderToken())) {
            draft.setPaymentMethod(paymentMethod);
        }
        CertificateOrder order;
        try {
            order = checkout.place(accountId(), draft, orderToken,
                    count(totalYen, "order.refused.total"));
        } catch (DataIntegrityViolationException sameTokenAtOnce) {
            order = orders.placedWith(accountId(), orderToken)
                    .orElseThrow(() -> new OrderRefusedException("order.refused.stale"));
        }
        session.removeAttribute(DRAFT);
        // The same page sent again after the payment shows the order rather than refusing to pay twice.
        return order.getStatus() == OrderStatus.AWAITING_PAYMENT ? pay(order.getId())
                : "redirect:/account/orders/" + order.getId();
    }

    @GetMapping("/account/orders/{id}")
    String order(@PathVariable Long id, Locale locale, Model model) {
        CertificateOrder order = orders.order(accountId(), id)
                .orElseThrow(() -> new OrderRefusedException("order.refused.unknown"));
        model.addAttribute("order", order);
        model.addAttribute("lines", order.getLines().stream().map(l -> new LineView(l.name(locale), l.getFeeYen(),
                l.getCopies(), l.getSubtotalYen())).toList());
        model.addAttribute("record", recordView(order.getStudentRecordId(), locale));
        model.addAttribute("payment", payments.openPayment(id).orElse(null));
        model.addAttribute("paymentDue", order.getPaymentDueAt().atZone(OrderDeadlines.JAPAN));
        model.addAttribute("printCopies", printCopies(order, locale));
        model.addAttribute("printingOver", order.getPrintUntil() != null
                && OrderDeadlines.printingOver(order.getPrintUntil(), clock.instant()));
        return "order/order";
    }

    @PostMapping("/account/orders/{id}/pay")
    String pay(@PathVariable Long id) {
        OrderPayment payment = payments.start(accountId(), id);
        return payment.getRedirectUrl() != null ? "redirect:" + payment.getRedirectUrl()
                : "redirect:/account/orders/" + id;
    }

    @PostMapping("/account/orders/{id}/cancel")
    String cancel(@PathVariable Long id) {
        orders.cancel(accountId(), id);
        return "redirect:/account/orders/" + id;
    }

    /** Anything the rules refuse: a page that says why in the user's language; nothing was ordered or charged. */
    @ExceptionHandler(OrderRefusedException.class)
    String refused(OrderRefusedException refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("reason", refused.getMessageKey());
        return "order/refused";
    }

    private String purposePage(OrderDraft draft, PurposeForm form, Model model) {
        model.addAttribute("purposeForm", form);
        model.addAttribute("draft", draft);
        model.addAttribute("submissionKinds", SubmissionKind.values());
        return "order/purpose";
    }

    private RecordView recordView(Long studentRecordId, Locale locale) {
        StudentRecord r = orders.studentRecord(accountId(), studentRecordId);
        return new RecordView(r.getStudentNumber(), name(schools.university(r.getUniversityId()).orElse(null), locale),
                name(schools.department(r.getDepartmentId()).orElse(null), locale),
                name(schools.degreeProgram(r.getDegreeProgramId()).orElse(null), locale));
    }

    /** Each registered copy of a store order with its certificate's name; none before the copies are registered. */
    private List<PrintCopyView> printCopies(CertificateOrder order, Locale locale) {
        Map<Integer, OrderLine> lines = order.getLines().stream()
                .collect(Collectors.toMap(OrderLine::getLineNo, Function.identity()));
        return printing.copies(order.getId()).stream().map(c -> {
            OrderLine line = lines.get(c.getLineNo());
            return new PrintCopyView(line.name(locale), c.getCopyNo(), line.getCopies(), c.getNetprintNumber(),
                    c.getNetworkPrintNumber(),
                    c.getPrintedAt() == null ? null : c.getPrintedAt().atZone(OrderDeadlines.JAPAN));
        }).toList();
    }

    private Long accountId() {
        return signedIn.graduate().accountId();
    }

    private static OrderDraft draft(HttpSession session) {
        return session.getAttribute(DRAFT) instanceof OrderDraft draft ? draft : null;
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new OrderRefusedException("order.refused.type");
        }
    }

    /** A whole number as sent; anything else, or one too large for an int, is refused rather than wrapped. */
    private static int count(String value, String refusal) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new OrderRefusedException(refusal);
        }
    }

    private static String name(LocalizedName named, Locale locale) {
        return named == null ? "" : named.name(locale);
    }

    /** A certificate of an order as the pages show it, in the user's language. */
    record LineView(String name, int feeYen, int copies, int subtotalYen) {
    }

    /** One copy to print at a store: its reservation number at each network, and when it was printed (Japan time). */
    record PrintCopyView(String name, int copyNo, int copiesOfLine, String netprintNumber, String networkPrintNumber,
            ZonedDateTime printedAt) {
    }

    /** The student ID an order is for, as the pages show it. */
    record RecordView(String studentNumber, String universityName, String departmentName, String degreeProgramName) {
    }
}
