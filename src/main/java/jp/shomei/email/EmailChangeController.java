package jp.shomei.email;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.shomei.account.AccountService;
import jp.shomei.account.AccountSessions;
import jp.shomei.account.CurrentPasswordCheck.Outcome;
import jp.shomei.account.CurrentPasswordCheck;
import jp.shomei.account.GraduatePrincipal;
import jp.shomei.account.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Change mail address (2.4(b)): Mail address setting, the mail sent, and the one-time URL opened while signed in.
 * The current password is checked first, and counts like a login; while it is wrong, nothing is said about the
 * address.
 */
@Controller
class EmailChangeController {

    static final String VIEW_FORM = "account/email";
    static final String VIEW_SENT = "account/email-sent";
    static final String VIEW_DONE = "account/email-done";
    static final String VIEW_LINK_PROBLEM = "account/email-link-problem";

    private final EmailChangeService changes;
    private final AccountService accounts;
    private final SignedIn signedIn;
    private final CurrentPasswordCheck currentPasswords;
    private final EmailChangeProperties properties;
    private final AccountSessions sessions;

    EmailChangeController(EmailChangeService changes, AccountService accounts, SignedIn signedIn,
            CurrentPasswordCheck currentPasswords, EmailChangeProperties properties, AccountSessions sessions) {
        this.changes = changes;
        this.accounts = accounts;
        this.signedIn = signedIn;
        this.currentPasswords = currentPasswords;
        this.properties = properties;
        this.sessions = sessions;
    }

    @GetMapping("/account/email")
    String initForm(Model model) {
        model.addAttribute("emailChangeForm", new EmailChangeForm());
        return showForm(model);
    }

    @PostMapping("/account/email")
    String processForm(@Valid EmailChangeForm emailChangeForm, BindingResult result, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        GraduatePrincipal graduate = signedIn.graduate();
        Outcome current = currentPasswords.confirm(graduate,
                () -> accounts.passwordMatches(graduate.accountId(), emailChangeForm.getCurrentPassword()),
                request.getRemoteAddr());
        if (current != Outcome.CONFIRMED) {
            result.rejectValue("currentPassword", current == Outcome.WRONG ? "password.currentWrong" : "login.heldBack");
            return showForm(model);
        }
        if (result.hasErrors()) {
            return showForm(model);
        }
        switch (changes.request(graduate.accountId(), emailChangeForm.getEmail())) {
            case SAME_AS_CURRENT -> result.rejectValue("email", "emailChange.sameAsCurrent");
            case UNAVAILABLE -> result.rejectValue("email", "emailChange.unavailable");
            case TOO_MANY -> result.reject("emailChange.tooMany");
            case SENT -> {
                redirect.addFlashAttribute("email", emailChangeForm.getEmail().trim());
                return "redirect:/account/email/sent";
            }
        }
        return showForm(model);
    }

    @GetMapping("/account/email/sent")
    String sent(Model model) {
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return VIEW_SENT;
    }

    @GetMapping("/account/email/confirm/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        EmailChangeService.Confirmation confirmation = changes.confirm(token, signedIn.graduate().accountId(),
                request.getRemoteAddr());
        if (confirmation.outcome() != EmailChangeService.ConfirmOutcome.CHANGED) {
            model.addAttribute("outcome", confirmation.outcome().name());
            return VIEW_LINK_PROBLEM;
        }
        signedIn.renameGraduate(confirmation.newEmail(), request, response);
        // Whoever is signed in elsewhere signed in under the old address: those sessions end.
        sessions.endOthers(signedIn.graduate().accountId(), request);
        return "redirect:/account/email/done";
    }

    @GetMapping("/account/email/done")
    String done(Model model) {
        model.addAttribute("email", signedIn.graduate().email());
        return VIEW_DONE;
    }

    private String showForm(Model model) {
        model.addAttribute("currentEmail", signedIn.graduate().email());
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return VIEW_FORM;
    }
}
