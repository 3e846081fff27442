package jp.shomei.order;

/** Where an order stands; a store order goes on from PAID to PRINTED or PRINT_EXPIRED, posting follows later. */
public enum OrderStatus {
    AWAITING_PAYMENT, PAID, EXPIRED, CANCELLED, PRINTED, PRINT_EXPIRED
}
