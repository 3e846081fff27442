package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A payment notification as received, with what the shop made of it. */
@Entity
public class PaymentCallback {

    /** What a notification did: only ACCEPTED moved an order. */
    /** THROTTLED is answered, never recorded. */
    public enum Outcome { ACCEPTED, ALREADY_PAID, UNSIGNED, REPLAYED, UNKNOWN, WRONG_AMOUNT, ORDER_CLOSED, THROTTLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String provider;
    private String notificationId;
    private String paymentReference;
    private Integer amountYen;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private Instant receivedAt;

    protected PaymentCallback() {
    }

    PaymentCallback(String provider, PaymentGateway.Notification notification, Outcome outcome, Instant now) {
        this.provider = provider;
        if (notification != null) {
            this.notificationId = notification.notificationId();
            this.paymentReference = notification.reference();
            this.amountYen = notification.amountYen();
        }
        this.outcome = outcome;
        this.receivedAt = now;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
