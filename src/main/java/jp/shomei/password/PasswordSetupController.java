package jp.shomei.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.shomei.account.AccountService;
import jp.shomei.account.GraduatePrincipal;
import jp.shomei.account.SignedIn;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.PasswordPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The first login's Password Setting screen (2.1 steps 17-19); nothing else opens until it is done. */
@Controller
class PasswordSetupController {

    static final String VIEW_SETUP = "password/setup";
    static final String VIEW_DONE = "password/setup-done";

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final SignedIn signedIn;
    private final AuditLog audit;

    PasswordSetupController(AccountService accounts, PasswordPolicy policy, SignedIn signedIn, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.signedIn = signedIn;
        this.audit = audit;
    }

    @GetMapping("/password/setup")
    String initSetupForm(Model model) {
        model.addAttribute("passwordSetupForm", new PasswordSetupForm());
        return VIEW_SETUP;
    }

    @PostMapping("/password/setup")
    String processSetupForm(@ModelAttribute PasswordSetupForm passwordSetupForm, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        GraduatePrincipal graduate = signedIn.graduate();
        String password = passwordSetupForm.getPassword();
        String second = passwordSetupForm.getSecondPassword();
        policy.check(password, "password", result);
        policy.check(second, "secondPassword", result);
        if (password != null && !password.equals(passwordSetupForm.getPasswordConfirm())) {
            result.rejectValue("passwordConfirm", "password.mismatch");
        }
        if (second != null && !second.equals(passwordSetupForm.getSecondPasswordConfirm())) {
            result.rejectValue("secondPasswordConfirm", "password.mismatch");
        }
        if (password != null && password.equals(second)) {
            result.rejectValue("secondPassword", "password.sameAsSecond");
        }
        if (accounts.passwordMatches(graduate.accountId(), password)) {
            result.rejectValue("password", "password.sameAsInitial");
        }
        if (accounts.passwordMatches(graduate.accountId(), second)) {
            result.rejectValue("secondPassword", "password.sameAsInitial");
        }
        if (result.hasErrors()) {
            passwordSetupForm.setPasswordConfirm(null);
            passwordSetupForm.setSecondPasswordConfirm(null);
            return VIEW_SETUP;
        }
        accounts.setPasswords(graduate.accountId(), password, second);
        audit.record(AuthEvent.Type.PASSWORDS_SET, graduate.accountId(), graduate.email(), request.getRemoteAddr());
        signedIn.promoteToGraduate(request, response);
        return "redirect:/password/setup/done";
    }

    @GetMapping("/password/setup/done")
    String done() {
        return VIEW_DONE;
    }
}
