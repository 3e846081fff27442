package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A payment started with the gateway for an order; the order is paid by the first one the provider confirms. */
@Entity
public class OrderPayment {

    public enum Status { STARTED, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long orderId;
    private String provider;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private String reference;
    private int amountYen;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String redirectUrl;
    private String paymentNumber;
    private String transactionId;
    private Instant createdAt;
    private Instant paidAt;

    protected OrderPayment() {
    }

    OrderPayment(Long orderId, String provider, PaymentMethod method, String reference, int amountYen,
            PaymentGateway.Started started, Instant now) {
        this.orderId = orderId;
        this.provider = provider;
        this.method = method;
        this.reference = reference;
        this.amountYen = amountYen;
        this.status = Status.STARTED;
        this.redirectUrl = started.redirectUrl();
        this.paymentNumber = started.paymentNumber();
        this.createdAt = now;
    }

    void paid(String transactionId, Instant now) {
        this.status = Status.PAID;
        this.transactionId = transactionId;
        this.paidAt = now;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getProvider() {
        return provider;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public int getAmountYen() {
        return amountYen;
    }

    public Status getStatus() {
        return status;
    }

    public String getRedirectUrl() {
        return redirectUrl;
    }

    public String getPaymentNumber() {
        return paymentNumber;
    }
}
