package jp.shomei.staff;

import jakarta.servlet.http.HttpServletRequest;
import jp.shomei.account.CurrentPasswordCheck.Outcome;
import jp.shomei.account.CurrentPasswordCheck;
import jp.shomei.account.PasswordChangeForm;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.PasswordPolicy;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A member of staff changes their own password: the current one first (wrong ones count like failed sign-ins),
 * then the new one by the same rules as the graduates', which the engine's password policy holds on every other
 * way too.
 */
@Controller
class StaffPasswordController {

    private static final String VIEW = "staff/password";

    private final StaffSessions staffSessions;
    private final StaffCredentials credentials;
    private final CurrentPasswordCheck currentPasswords;
    private final PasswordPolicy policy;
    private final IdentityService identityService;
    private final AuditLog audit;

    StaffPasswordController(StaffSessions staffSessions, StaffCredentials credentials,
            CurrentPasswordCheck currentPasswords, PasswordPolicy policy, IdentityService identityService,
            AuditLog audit) {
        this.staffSessions = staffSessions;
        this.credentials = credentials;
        this.currentPasswords = currentPasswords;
        this.policy = policy;
        this.identityService = identityService;
        this.audit = audit;
    }

    @GetMapping("/staff/password")
    String initPasswordForm(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return VIEW;
    }

    @PostMapping("/staff/password")
    String processPasswordForm(@ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
            HttpServletRequest request) {
        String userId = staffSessions.current().orElseThrow().userId();
        String client = request.getRemoteAddr();
        Outcome current = currentPasswords.confirm(userId,
                () -> credentials.matches(userId, nullToEmpty(passwordChangeForm.getCurrentPassword())), client);
        if (current != Outcome.CONFIRMED) {
            result.rejectValue("currentPassword", current == Outcome.WRONG ? "password.currentWrong" : "login.heldBack");
            return VIEW;
        }
        String next = passwordChangeForm.getNewPassword();
        policy.check(next, "newPassword", result);
        if (next != null && !next.equals(passwordChangeForm.getNewPasswordConfirm())) {
            result.rejectValue("newPasswordConfirm", "password.mismatch");
        }
        if (next != null && next.equals(passwordChangeForm.getCurrentPassword())) {
            result.rejectValue("newPassword", "password.sameAsCurrent");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(next);
        identityService.saveUser(user);
        audit.record(AuthEvent.Type.PASSWORD_CHANGED, null, userId, client);
        return "redirect:/staff/password/done";
    }

    @GetMapping("/staff/password/done")
    String done() {
        return "staff/password-done";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
