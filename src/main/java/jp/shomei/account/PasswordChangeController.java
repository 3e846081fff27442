package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jp.shomei.account.CurrentPasswordCheck.Outcome;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.PasswordPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Change password (2.4(d)) and change second password (2.4(e)); each needs the current one, checked first: while
 * it is wrong nothing else is said about the new one.
 */
@Controller
class PasswordChangeController {

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final SignedIn signedIn;
    private final AuditLog audit;
    private final CurrentPasswordCheck currentPasswords;

    PasswordChangeController(AccountService accounts, PasswordPolicy policy, SignedIn signedIn, AuditLog audit,
            CurrentPasswordCheck currentPasswords) {
        this.accounts = accounts;
        this.policy = policy;
        this.signedIn = signedIn;
        this.audit = audit;
        this.currentPasswords = currentPasswords;
    }

    @GetMapping("/account/password")
    String initPasswordForm(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return "account/password";
    }

    @PostMapping("/account/password")
    String processPasswordForm(@ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
            HttpServletRequest request) {
        GraduatePrincipal graduate = signedIn.graduate();
        String next = passwordChangeForm.getNewPassword();
        Outcome current = currentPasswords.confirm(graduate,
                () -> accounts.passwordMatches(graduate.accountId(), passwordChangeForm.getCurrentPassword()),
                request.getRemoteAddr());
        if (current != Outcome.CONFIRMED) {
            result.rejectValue("currentPassword", current == Outcome.WRONG ? "password.currentWrong" : "login.heldBack");
            return "account/password";
        }
        checkNew(next, passwordChangeForm.getNewPasswordConfirm(), passwordChangeForm.getCurrentPassword(),
                "newPassword", "newPasswordConfirm", result);
        if (accounts.secondPasswordMatches(graduate.accountId(), next)) {
            result.rejectValue("newPassword", "password.sameAsSecond");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        accounts.changePassword(graduate.accountId(), next);
        audit.record(AuthEvent.Type.PASSWORD_CHANGED, graduate.accountId(), graduate.email(), request.getRemoteAddr());
        return "redirect:/account/password/done?which=password";
    }

    @GetMapping("/account/second-password")
    String initSecondPasswordForm(Model model) {
        model.addAttribute("secondPasswordChangeForm", new SecondPasswordChangeForm());
        return "account/second-password";
    }

    @PostMapping("/account/second-password")
    String processSecondPasswordForm(@ModelAttribute SecondPasswordChangeForm secondPasswordChangeForm,
            BindingResult result, HttpServletRequest request) {
        GraduatePrincipal graduate = signedIn.graduate();
        String next = secondPasswordChangeForm.getNewSecondPassword();
        Outcome current = currentPasswords.confirm(graduate, () -> accounts.secondPasswordMatches(graduate.accountId(),
                secondPasswordChangeForm.getCurrentSecondPassword()), request.getRemoteAddr());
        if (current != Outcome.CONFIRMED) {
            result.rejectValue("currentSecondPassword",
                    current == Outcome.WRONG ? "secondPassword.currentWrong" : "login.heldBack");
            return "account/second-password";
        }
        checkNew(next, secondPasswordChangeForm.getNewSecondPasswordConfirm(),
                secondPasswordChangeForm.getCurrentSecondPassword(), "newSecondPassword", "newSecondPasswordConfirm",
                result);
        if (accounts.passwordMatches(graduate.accountId(), next)) {
            result.rejectValue("newSecondPassword", "password.sameAsSecond");
        }
        if (result.hasErrors()) {
            return "account/second-password";
        }
        accounts.changeSecondPassword(graduate.accountId(), next);
        audit.record(AuthEvent.Type.SECOND_PASSWORD_CHANGED, graduate.accountId(), graduate.email(),
                request.getRemoteAddr());
        return "redirect:/account/password/done?which=secondPassword";
    }

    @GetMapping("/account/password/done")
    String done(@RequestParam String which, Model model) {
        model.addAttribute("which", "secondPassword".equals(which) ? "secondPassword" : "password");
        return "account/password-done";
    }

    private void checkNew(String next, String confirm, String current, String field, String confirmField,
            BindingResult result) {
        policy.check(next, field, result);
        if (next != null && !next.equals(confirm)) {
            result.rejectValue(confirmField, "password.mismatch");
        }
        if (next != null && next.equals(current)) {
            result.rejectValue(field, "password.sameAsCurrent");
        }
    }
}
