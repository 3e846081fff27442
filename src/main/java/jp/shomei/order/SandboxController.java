package jp.shomei.order;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox provider's pages in the default run: a PayPal-like approval page, and a development page listing
 * the Smart Pit slips with a "paid at the store" button.
 */
@Controller
@ConditionalOnProperty(name = "shomei.payment.sandbox.enabled", havingValue = "true")
class SandboxController {

    private final SandboxCashier cashier;

    SandboxController(SandboxCashier cashier) {
        this.cashier = cashier;
    }

    @GetMapping("/sandbox/paypal/{reference}")
    String approval(@PathVariable String reference, Model model) {
        SandboxPayment payment = cashier.payment(reference)
                .filter(p -> p.getMethod() == PaymentMethod.PAYPAL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("payment", payment);
        return "sandbox/paypal";
    }

    @PostMapping("/sandbox/paypal/{reference}/approve")
    String approve(@PathVariable String reference, RedirectAttributes redirect) {
        SandboxPayment payment = cashier.payment(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SandboxCashier.Result result = cashier.pay(reference);
        if (result == SandboxCashier.Result.PAID || result == SandboxCashier.Result.ALREADY_PAID) {
            return "redirect:" + payment.getReturnUrl();
        }
        redirect.addFlashAttribute("result", result.name());
        return "redirect:/sandbox/paypal/" + reference;
    }

    /** Leaving PayPal without approving: back to the order, which can still be paid before its deadline. */
    @PostMapping("/sandbox/paypal/{reference}/cancel")
    String cancel(@PathVariable String reference) {
        SandboxPayment payment = cashier.payment(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + payment.getReturnUrl() + "?paymentCancelled";
    }

    @GetMapping("/dev/payments")
    String slips(Model model) {
        model.addAttribute("slips", cashier.openSlips());
        return "dev/payments";
    }

    @PostMapping("/dev/payments/{reference}/paid")
    String paidAtStore(@PathVariable String reference, RedirectAttributes redirect) {
        redirect.addFlashAttribute("result", cashier.pay(reference).name());
        return "redirect:/dev/payments";
    }
}
