package jp.shomei.order;

/** Where an order stands; printing and posting follow PAID in a later step. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, EXPIRED, CANCELLED
}
