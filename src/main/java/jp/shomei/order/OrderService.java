package jp.shomei.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.account.StudentRecord;
import jp.shomei.review.ReviewReminders;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an order: which student ID, certificates, copies and destination the account may choose, what it
 * costs, and how it ends (paid, expired, cancelled). Every check runs on the server, at each step and again when the
 * order is placed, so that nothing a browser sends can order what the catalogue does not allow.
 */
@Service
@Transactional
public class OrderService {

    static final int MAX_TEXT = 200;

    private final CertificateOrderRepository orders;
    private final CertificateCatalogue catalogue;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final ReviewReminders reminders;
    private final RuntimeService runtimeService;
    private final Clock clock;

    OrderService(CertificateOrderRepository orders, CertificateCatalogue catalogue, AccountService accounts,
            SchoolCatalog schools, ReviewReminders reminders, RuntimeService runtimeService, Clock clock) {
        this.orders = orders;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.schools = schools;
        this.reminders = reminders;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** One of the account's own student IDs; any other (another account's, unknown) is refused. */
    @Transactional(readOnly = true)
    public StudentRecord studentRecord(Long accountId, Long studentRecordId) {
        return accounts.studentRecords(accountId).stream().filter(r -> r.getId().equals(studentRecordId))
                .findFirst().orElseThrow(() -> new OrderRefusedException("order.refused.studentId"));
    }

    /** The certificates the draft's student ID may order for the destination it asked for. */
    @Transactional(readOnly = true)
    public List<CertificateType> orderable(Long accountId, OrderDraft draft) {
        return catalogue.orderable(studentRecord(accountId, draft.getStudentRecordId()), draft.getDestination());
    }

    /** Checks the certificates and copies chosen against the catalogue; refused as a whole if one is not allowed. */
    @Transactional(readOnly = true)
    public void chooseCopies(Long accountId, OrderDraft draft, Map<Long, Integer> copies) {
        List<CertificateType> allowed = orderable(accountId, draft);
        lines(allowed, copies);
        draft.getCopies().clear();
        copies.forEach((typeId, n) -> {
            if (n > 0) {
                draft.getCopies().put(typeId, n);
            }
        });
    }

    /** The order as it stands: checked again from the start, with the destination the purpose leaves. */
    @Transactional(readOnly = true)
    public Quote quote(Long accountId, OrderDraft draft) {
        StudentRecord record = studentRecord(accountId, draft.getStudentRecordId());
        PostReason postReason = null;
        if (draft.getDestination() == Destination.STORE && draft.purposeGiven()) {
            if (draft.getSubmissionKind().needsPaperOriginal()) {
                postReason = PostReason.PAPER_ORIGINAL;
            } else if (draft.isSealedEnvelope()) {
                postReason = PostReason.SEALED_ENVELOPE;
            }
        }
        Destination destination = postReason == null ? draft.getDestination() : Destination.POST;
        if (destination == Destination.POST && !hasPostalAddress(accountId)) {
            throw new OrderRefusedException("order.refused.noAddress");
        }
        List<Quote.Line> lines = lines(catalogue.orderable(record, destination), draft.getCopies());
        if (lines.isEmpty()) {
            throw new OrderRefusedException("order.refused.noCertificates");
        }
        return new Quote(record.getId(), record.getUniversityId(), draft.getDestination(), destination, postReason,
                draft.getPurpose(), draft.getSubmissionPlace(), draft.getSubmissionKind(), draft.isSealedEnvelope(),
                lines);
    }

    /** A current student's account has no address to post to; the university's office serves them in person. */
    private boolean hasPostalAddress(Long accountId) {
        return accounts.find(accountId).map(Account::getPersonal).map(PersonalDetails::postalCode).isPresent();
    }

    /**
     * Places the order and starts its process, once per confirmation page: the same token again returns the order
     * already placed. The total the graduate saw must be today's; a changed or altered price is refused.
     */
    public CertificateOrder place(Long accountId, OrderDraft draft, String orderToken, int totalSeen) {
        Optional<CertificateOrder> placed = orders.findByAccountIdAndOrderToken(accountId, orderToken);
        if (placed.isPresent()) {
            return placed.get();
        }
        if (draft == null || draft.getOrderToken() == null || !draft.getOrderToken().equals(orderToken)) {
            throw new OrderRefusedException("order.refused.stale");
        }
        if (!draft.purposeGiven()) {
            throw new OrderRefusedException("order.refused.purpose");
        }
        if (draft.getPaymentMethod() == null) {
            throw new OrderRefusedException("order.refused.paymentMethod");
        }
        Quote quote = quote(accountId, draft);
        if (quote.totalYen() != totalSeen) {
            throw new OrderRefusedException("order.refused.total");
        }
        Instant now = clock.instant();
        Instant due = OrderDeadlines.paymentDue(now);
        CertificateOrder order = orders.saveAndFlush(new CertificateOrder(accountId, quote, draft.getPaymentMethod(),
                orderToken, now, due));
        University university = schools.university(order.getUniversityId()).orElseThrow();
        order.started(runtimeService.startProcessInstanceByKey(OrderProcess.KEY, String.valueOf(order.getId()),
                OrderProcess.startVariables(order.getId(), due, university.getCode(), university.getStaffGroup()))
                .getId());
        return order;
    }

    @Transactional(readOnly = true)
    public Optional<CertificateOrder> order(Long accountId, Long orderId) {
        return orders.findById(orderId).filter(o -> o.getAccountId().equals(accountId));
    }

    @Transactional(readOnly = true)
    public Optional<CertificateOrder> placedWith(Long accountId, String orderToken) {
        return orders.findByAccountIdAndOrderToken(accountId, orderToken);
    }

    /** The payment was received in time: the order is paid and its process moves on. */
    public void paid(CertificateOrder order) {
        Instant now = clock.instant();
        order.paid(now, OrderDeadlines.printUntil(now));
        runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_PAID)
                .processInstanceId(order.getProcessInstanceId())
                .setVariables(OrderProcess.paidVariables(order.getPrintUntil(), reminders.dueFromNow()))
                .correlate();
    }

    /** Cancelled by its owner before payment; a paid order cannot be cancelled (no refund). */
    @Retryable(retryFor = ProcessEngineException.class, maxAttempts = 4, backoff = @Backoff(delay = 50, multiplier = 2))
    public boolean cancel(Long accountId, Long orderId) {
        CertificateOrder order = order(accountId, orderId).orElseThrow(() ->
                new OrderRefusedException("order.refused.unknown"));
        if (!order.awaitingPayment()) {
            return false;
        }
        order.close(OrderStatus.CANCELLED, clock.instant());
        runtimeService.createMessageCorrelation(OrderProcess.MESSAGE_CANCELLED)
                .processInstanceId(order.getProcessInstanceId())
                .correlate();
        return true;
    }

    /** The payment deadline passed without payment. */
    public void expire(Long orderId) {
        CertificateOrder order = orders.findById(orderId).orElseThrow();
        if (order.awaitingPayment()) {
            order.close(OrderStatus.EXPIRED, clock.instant());
        }
    }

    private static List<Quote.Line> lines(List<CertificateType> allowed, Map<Long, Integer> copies) {
        List<Quote.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, Integer> chosen : copies.entrySet()) {
            CertificateType type = allowed.stream().filter(t -> t.getId().equals(chosen.getKey())).findFirst()
                    .orElseThrow(() -> new OrderRefusedException("order.refused.type"));
            int n = chosen.getValue();
            if (n < 0 || n > type.getMaxCopies()) {
                throw new OrderRefusedException("order.refused.copies");
            }
            if (n > 0) {
                lines.add(new Quote.Line(type, n));
            }
        }
        // In the catalogue's order, whatever order the browser sent them in.
        lines.sort((a, b) -> Integer.compare(allowed.indexOf(a.type()), allowed.indexOf(b.type())));
        return lines;
    }
}
