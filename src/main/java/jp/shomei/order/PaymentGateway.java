package jp.shomei.order;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A payment provider (PayPal, Smart Pit through its collection agent, or the sandbox of the default run). The shop
 * starts a payment for an order and an amount; the provider later tells the shop, in a signed notification, that
 * it was paid. Only {@link #verify} decides whether a notification really comes from the provider.
 */
public interface PaymentGateway {

    /** The provider's name, kept with each payment and each notification received. */
    String provider();

    /** Starts a payment: where to send the graduate to approve it, or the slip to pay at a store. */
    Started start(Request request);

    /** The notification, if its signature is the provider's; empty for anything unsigned or forged. */
    Optional<Notification> verify(Map<String, String> fields);

    /**
     * @param reference the shop's own unguessable reference of this payment, quoted back in the notification
     * @param payBy     the payment deadline; the provider refuses payments after it
     * @param returnUrl where the provider sends the graduate back
     */
    record Request(String reference, String orderReference, int amountYen, PaymentMethod method, Instant payBy,
            String returnUrl) {
    }

    /** Either a page to approve the payment (PayPal) or a payment number for the store's terminal (Smart Pit). */
    record Started(String redirectUrl, String paymentNumber) {
    }

    /** A provider's word that a payment was made: its own id of this notification, the reference and the amount. */
    record Notification(String notificationId, String reference, int amountYen) {
    }
}
