package jp.shomei.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An order of certificates for one student ID: what was ordered at which fee, where it goes, and how it is paid. */
@Entity
public class CertificateOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private Long studentRecordId;
    private Long universityId;

    @Enumerated(EnumType.STRING)
    private Destination destination;

    @Enumerated(EnumType.STRING)
    private PostReason postReason;

    private String purpose;
    private String submissionPlace;

    @Enumerated(EnumType.STRING)
    private SubmissionKind submissionKind;

    private boolean sealedEnvelope;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    private int totalYen;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    /** The one-time token of the confirmation page: a second submission of the same page finds this order. */
    private String orderToken;

    private String processInstanceId;
    private Instant orderedAt;
    private Instant paymentDueAt;
    private Instant paidAt;
    private LocalDate printUntil;
    private Instant closedAt;
    private LocalDate postedOn;
    private String trackingNumber;
    private String postedBy;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected CertificateOrder() {
    }

    CertificateOrder(Long accountId, Quote quote, PaymentMethod paymentMethod, String orderToken, Instant now,
            Instant paymentDueAt) {
        this.accountId = accountId;
        this.studentRecordId = quote.studentRecordId();
        this.universityId = quote.universityId();
        this.destination = quote.destination();
        this.postReason = quote.postReason();
        this.purpose = quote.purpose();
        this.submissionPlace = quote.submissionPlace();
        this.submissionKind = quote.submissionKind();
        this.sealedEnvelope = quote.sealedEnvelope();
        this.paymentMethod = paymentMethod;
        this.totalYen = quote.totalYen();
        this.status = OrderStatus.AWAITING_PAYMENT;
        this.orderToken = orderToken;
        this.orderedAt = now;
        this.paymentDueAt = paymentDueAt;
        int lineNo = 1;
        for (Quote.Line line : quote.lines()) {
            lines.add(new OrderLine(lineNo++, line.type(), line.copies()));
        }
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    boolean awaitingPayment() {
        return status == OrderStatus.AWAITING_PAYMENT;
    }

    void paid(Instant now, LocalDate printUntil) {
        this.status = OrderStatus.PAID;
        this.paidAt = now;
        this.printUntil = destination == Destination.STORE ? printUntil : null;
    }

    void close(OrderStatus status, Instant now) {
        this.status = status;
        this.closedAt = now;
    }

    void posted(LocalDate postedOn, String trackingNumber, String postedBy, Instant now) {
        close(OrderStatus.POSTED, now);
        this.postedOn = postedOn;
        this.trackingNumber = trackingNumber;
        this.postedBy = postedBy;
    }

    /** The number the graduate and the university quote for this order. */
    public String getReference() {
        return "C-" + id;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getStudentRecordId() {
        return studentRecordId;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public Destination getDestination() {
        return destination;
    }

    public PostReason getPostReason() {
        return postReason;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSubmissionPlace() {
        return submissionPlace;
    }

    public SubmissionKind getSubmissionKind() {
        return submissionKind;
    }

    public boolean isSealedEnvelope() {
        return sealedEnvelope;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public int getTotalYen() {
        return totalYen;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getOrderToken() {
        return orderToken;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public Instant getPaymentDueAt() {
        return paymentDueAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public LocalDate getPrintUntil() {
        return printUntil;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
