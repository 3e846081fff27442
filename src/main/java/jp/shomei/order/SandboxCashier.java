package jp.shomei.order;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sandbox provider's side of a payment: approving on its PayPal-like page or paying a Smart Pit slip at the
 * "store" captures the money once and tells the shop in a signed notification; the money is captured only if the
 * shop accepts it, so a refused payment charges nothing.
 */
@Service
@Transactional
@ConditionalOnProperty(name = "shomei.payment.sandbox.enabled", havingValue = "true")
class SandboxCashier {

    enum Result { PAID, ALREADY_PAID, PAST_DEADLINE, REFUSED_BY_SHOP, UNKNOWN }

    private static final EnumSet<PaymentCallback.Outcome> SHOP_HAS_IT = EnumSet.of(PaymentCallback.Outcome.ACCEPTED,
            PaymentCallback.Outcome.ALREADY_PAID);

    private final SandboxPaymentRepository sandboxPayments;
    private final SandboxPaymentGateway gateway;
    private final PaymentService shop;
    private final Clock clock;

    SandboxCashier(SandboxPaymentRepository sandboxPayments, SandboxPaymentGateway gateway, PaymentService shop,
            Clock clock) {
        this.sandboxPayments = sandboxPayments;
        this.gateway = gateway;
        this.shop = shop;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SandboxPayment> payment(String reference) {
        return sandboxPayments.findByReference(reference);
    }

    @Transactional(readOnly = true)
    public List<SandboxPayment> openSlips() {
        return sandboxPayments.findByMethodAndCapturedAtIsNullOrderByIdDesc(PaymentMethod.SMART_PIT);
    }

    public Result pay(String reference) {
        SandboxPayment payment = sandboxPayments.findByReference(reference).orElse(null);
        if (payment == null) {
            return Result.UNKNOWN;
        }
        if (payment.captured()) {
            return Result.ALREADY_PAID;
        }
        if (!clock.instant().isBefore(payment.getPayBy())) {
            return Result.PAST_DEADLINE;
        }
        PaymentCallback.Outcome outcome = shop.notified(gateway.notification(reference, payment.getAmountYen()));
        if (!SHOP_HAS_IT.contains(outcome)) {
            return Result.REFUSED_BY_SHOP;
        }
        payment.capture(clock.instant());
        return Result.PAID;
    }
}
