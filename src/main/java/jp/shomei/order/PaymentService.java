package jp.shomei.order;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import jp.shomei.config.SiteProperties;
import jp.shomei.security.LoginThrottles;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of orders through the {@link PaymentGateway}. A payment is started once per order and reused (reload,
 * double click, second tab); a notification moves the order only if it is signed, new, for the order's amount and
 * in time. Every notification is recorded; refused ones are logged and change nothing.
 */
@Service
@Transactional
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Unsigned notifications a client may send with no pause as long as the window; then refused for as long. */
    private static final int UNSIGNED_PER_CLIENT = 20;
    private static final Duration UNSIGNED_WINDOW = Duration.ofMinutes(10);
    private static final String UNSIGNED_THROTTLE = "payment-notification";

    private final ObjectProvider<PaymentGateway> gateways;
    private final OrderPaymentRepository payments;
    private final PaymentCallbackRepository callbacks;
    private final CertificateOrderRepository orders;
    private final OrderService orderService;
    private final SiteProperties site;
    private final LoginThrottles throttles;
    private final Clock clock;

    PaymentService(ObjectProvider<PaymentGateway> gateways, OrderPaymentRepository payments,
            PaymentCallbackRepository callbacks, CertificateOrderRepository orders, OrderService orderService,
            SiteProperties site, LoginThrottles throttles, Clock clock) {
        this.gateways = gateways;
        this.payments = payments;
        this.callbacks = callbacks;
        this.orders = orders;
        this.orderService = orderService;
        this.site = site;
        this.throttles = throttles;
        this.clock = clock;
    }

    /** The order's open payment, started now if there is none; refused once the order is no longer payable. */
    public OrderPayment start(Long accountId, Long orderId) {
        CertificateOrder order = orderService.order(accountId, orderId)
                .orElseThrow(() -> new OrderRefusedException("order.refused.unknown"));
        if (!payable(order)) {
            throw new OrderRefusedException("order.refused.notPayable");
        }
        Optional<OrderPayment> open = openPayment(orderId);
        if (open.isPresent()) {
            return open.get();
        }
        PaymentGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new OrderRefusedException("order.refused.noPayment");
        }
        String reference = reference();
        PaymentGateway.Started started = gateway.start(new PaymentGateway.Request(reference, order.getReference(),
                order.getTotalYen(), order.getPaymentMethod(), order.getPaymentDueAt(),
                site.url("/account/orders/" + order.getId())));
        return payments.save(new OrderPayment(orderId, gateway.provider(), order.getPaymentMethod(), reference,
                order.getTotalYen(), started, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<OrderPayment> openPayment(Long orderId) {
        return payments.findByOrderIdOrderByIdDesc(orderId).stream().findFirst();
    }

    /**
     * A notification from the provider, over HTTP or from the sandbox; only {@code ACCEPTED} moved an order. The
     * payment's message may meet the order's mail job in the same process instance; the engine lets one of the two
     * win, and the notification is checked again from the start.
     */
    @Retryable(retryFor = ProcessEngineException.class, maxAttempts = 4, backoff = @Backoff(delay = 50, multiplier = 2))
    public PaymentCallback.Outcome notified(Map<String, String> fields, String clientAddress) {
        PaymentGateway gateway = gateways.getIfAvailable();
        Optional<PaymentGateway.Notification> verified = gateway == null ? Optional.empty() : gateway.verify(fields);
        String provider = gateway == null ? "none" : gateway.provider();
        if (verified.isEmpty()) {
            // A flood of forgeries fills neither the table nor the log.
            if (!throttles.countTry(UNSIGNED_THROTTLE, clientAddress, UNSIGNED_PER_CLIENT, UNSIGNED_WINDOW)) {
                return PaymentCallback.Outcome.THROTTLED;
            }
            return record(provider, null, PaymentCallback.Outcome.UNSIGNED);
        }
        PaymentGateway.Notification notification = verified.get();
        if (callbacks.existsByProviderAndNotificationId(provider, notification.notificationId())) {
            return record(provider, notification, PaymentCallback.Outcome.REPLAYED);
        }
        Optional<OrderPayment> found = payments.findByReference(notification.reference())
                .filter(p -> p.getProvider().equals(provider));
        if (found.isEmpty()) {
            return record(provider, notification, PaymentCallback.Outcome.UNKNOWN);
        }
        OrderPayment payment = found.get();
        CertificateOrder order = orders.findById(payment.getOrderId()).orElseThrow();
        if (notification.amountYen() != payment.getAmountYen() || notification.amountYen() != order.getTotalYen()) {
            return record(provider, notification, PaymentCallback.Outcome.WRONG_AMOUNT);
        }
        if (order.getStatus() == OrderStatus.PAID) {
            return record(provider, notification, PaymentCallback.Outcome.ALREADY_PAID);
        }
        if (!payable(order)) {
            return record(provider, notification, PaymentCallback.Outcome.ORDER_CLOSED);
        }
        payment.paid(notification.notificationId(), clock.instant());
        orderService.paid(order);
        return record(provider, notification, PaymentCallback.Outcome.ACCEPTED);
    }

    /** Awaiting payment and before the deadline; a late timer never makes an order payable for longer. */
    private boolean payable(CertificateOrder order) {
        return order.awaitingPayment() && clock.instant().isBefore(order.getPaymentDueAt());
    }

    private PaymentCallback.Outcome record(String provider, PaymentGateway.Notification notification,
            PaymentCallback.Outcome outcome) {
        callbacks.save(new PaymentCallback(provider, notification, outcome, clock.instant()));
        if (outcome != PaymentCallback.Outcome.ACCEPTED) {
            log.warn("Payment notification from {} refused or ignored: {} (notification {}, payment {})", provider,
                    outcome, notification == null ? "-" : notification.notificationId(),
                    notification == null ? "-" : notification.reference());
        }
        return outcome;
    }

    private static String reference() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
