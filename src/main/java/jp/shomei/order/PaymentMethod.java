package jp.shomei.order;

/** The manual's two ways to pay (1.1 ②): PayPal, or cash at a convenience store through Smart Pit. */
public enum PaymentMethod {
    PAYPAL, SMART_PIT
}
