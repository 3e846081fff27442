package jp.shomei.order;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * The sandbox provider's side of a payment: approving on its PayPal-like page or paying a Smart Pit slip at the
 * "store" tells the shop in a signed notification and captures the money once, only if the shop has the payment,
 * so a refused payment charges nothing. Like a real provider it is apart from the shop: the notification is the
 * shop's own transaction, and a capture that fails afterwards is made up by the next approval.
 */
@Service
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

    public Optional<SandboxPayment> payment(String reference) {
        return sandboxPayments.findByReference(reference);
    }

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
        PaymentCallback.Outcome outcome = shop.notified(gateway.notification(reference, payment.getAmountYen()),
                "sandbox");
        if (!SHOP_HAS_IT.contains(outcome)) {
            return Result.REFUSED_BY_SHOP;
        }
        payment.capture(clock.instant());
        sandboxPayments.save(payment);
        return Result.PAID;
    }
}
