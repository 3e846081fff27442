package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A payment as the sandbox provider books it: captured at most once. */
@Entity
public class SandboxPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private int amountYen;
    private String status;
    private String paymentNumber;
    private Instant payBy;
    private String returnUrl;
    private Instant createdAt;
    private Instant capturedAt;

    @Version
    private int version;

    protected SandboxPayment() {
    }

    SandboxPayment(PaymentGateway.Request request, String paymentNumber, Instant now) {
        this.reference = request.reference();
        this.method = request.method();
        this.amountYen = request.amountYen();
        this.status = "OPEN";
        this.paymentNumber = paymentNumber;
        this.payBy = request.payBy();
        this.returnUrl = request.returnUrl();
        this.createdAt = now;
    }

    boolean captured() {
        return capturedAt != null;
    }

    void capture(Instant now) {
        this.status = "CAPTURED";
        this.capturedAt = now;
    }

    public String getReference() {
        return reference;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public int getAmountYen() {
        return amountYen;
    }

    public String getPaymentNumber() {
        return paymentNumber;
    }

    public Instant getPayBy() {
        return payBy;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }
}
