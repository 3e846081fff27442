package jp.shomei.order;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Order" on the confirmation page: the order and its payment start together, so that no order waits without a
 * payment to make and the order's mail always has the Smart Pit payment number.
 */
@Service
@Transactional
class Checkout {

    private final OrderService orders;
    private final PaymentService payments;

    Checkout(OrderService orders, PaymentService payments) {
        this.orders = orders;
        this.payments = payments;
    }

    CertificateOrder place(Long accountId, OrderDraft draft, String orderToken, int totalSeen) {
        CertificateOrder order = orders.place(accountId, draft, orderToken, totalSeen);
        if (order.getStatus() == OrderStatus.AWAITING_PAYMENT) {
            payments.start(accountId, order.getId());
        }
        return order;
    }
}
