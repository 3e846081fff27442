package jp.shomei.order;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the payment provider notifies the shop (server to server, no session, no CSRF token: the signature is the
 * proof). Answers 200 for a notification the shop has, so the provider stops repeating it; anything refused gets
 * an error status and changes nothing.
 */
@RestController
class PaymentCallbackController {

    private static final EnumSet<PaymentCallback.Outcome> TAKEN = EnumSet.of(PaymentCallback.Outcome.ACCEPTED,
            PaymentCallback.Outcome.ALREADY_PAID);

    private final PaymentService payments;

    PaymentCallbackController(PaymentService payments) {
        this.payments = payments;
    }

    @PostMapping("/payments/notify")
    ResponseEntity<String> notify(@RequestParam Map<String, String> fields, HttpServletRequest request) {
        PaymentCallback.Outcome outcome = payments.notified(fields, request.getRemoteAddr());
        HttpStatus status = switch (outcome) {
            case ACCEPTED, ALREADY_PAID -> HttpStatus.OK;
            case UNSIGNED -> HttpStatus.UNAUTHORIZED;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
            case ORDER_CLOSED, REPLAYED -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(TAKEN.contains(outcome) ? "OK" : outcome.name());
    }
}
