package jp.shomei.order;

/** Where an order stands; once PAID, a store order goes on to PRINTED or PRINT_EXPIRED, an order by post to POSTED. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, EXPIRED, CANCELLED, PRINTED, PRINT_EXPIRED, POSTED
}
