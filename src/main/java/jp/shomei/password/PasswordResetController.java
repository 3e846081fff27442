package jp.shomei.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.ZoneId;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.security.PasswordPolicy;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "If you have forgotten your password" (2.4(f)): the address, the one-time URL, and the new passwords. */
@Controller
class PasswordResetController {

    static final String VIEW_FORGOTTEN = "password/forgotten";
    static final String VIEW_SENT = "password/reset-sent";
    static final String VIEW_FORM = "password/reset";
    static final String VIEW_DONE = "password/reset-done";
    static final String VIEW_LINK_PROBLEM = "password/reset-link-problem";

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final PasswordResetProperties properties;

    PasswordResetController(PasswordResets resets, PasswordPolicy policy, PasswordResetProperties properties) {
        this.resets = resets;
        this.policy = policy;
        this.properties = properties;
    }

    @InitBinder("forgottenPasswordForm")
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("minutes")
    long minutes() {
        return properties.urlValidity().toMinutes();
    }

    @GetMapping("/password/forgotten")
    String initForgottenForm(Model model) {
        model.addAttribute("forgottenPasswordForm", new ForgottenPasswordForm());
        return VIEW_FORGOTTEN;
    }

    /** The same answer for every address, registered or not, within the limits or beyond. */
    @PostMapping("/password/forgotten")
    String processForgottenForm(@Valid ForgottenPasswordForm forgottenPasswordForm, BindingResult result,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return VIEW_FORGOTTEN;
        }
        resets.request(forgottenPasswordForm.getEmail(), request.getRemoteAddr());
        return "redirect:/password/forgotten/sent";
    }

    @GetMapping("/password/forgotten/sent")
    String sent() {
        return VIEW_SENT;
    }

    @GetMapping("/password/reset/{token}")
    String initResetForm(@PathVariable String token, Model model) {
        OneTimeUrlCheck check = resets.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), model);
        }
        model.addAttribute("passwordSetupForm", new PasswordSetupForm());
        return showForm(token, check, model);
    }

    @PostMapping("/password/reset/{token}")
    String processResetForm(@PathVariable String token, @ModelAttribute PasswordSetupForm passwordSetupForm,
            BindingResult result, HttpServletRequest request, Model model) {
        OneTimeUrlCheck check = resets.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), model);
        }
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
        if (resets.isOldPassword(check, password)) {
            result.rejectValue("password", "passwordReset.sameAsOld");
        }
        if (resets.isOldSecondPassword(check, second)) {
            result.rejectValue("secondPassword", "passwordReset.sameAsOldSecond");
        }
        if (result.hasErrors()) {
            passwordSetupForm.setPasswordConfirm(null);
            passwordSetupForm.setSecondPasswordConfirm(null);
            return showForm(token, check, model);
        }
        OneTimeUrlCheck.Outcome outcome = resets.reset(token, password, second, request.getRemoteAddr());
        if (outcome != OneTimeUrlCheck.Outcome.VALID) {
            return linkProblem(outcome, model);
        }
        return "redirect:/password/reset/done";
    }

    @GetMapping("/password/reset/done")
    String done() {
        return VIEW_DONE;
    }

    private String showForm(String token, OneTimeUrlCheck check, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("validUntil", check.token().getExpiresAt().atZone(JAPAN));
        return VIEW_FORM;
    }

    private String linkProblem(OneTimeUrlCheck.Outcome outcome, Model model) {
        model.addAttribute("outcome", outcome.name());
        return VIEW_LINK_PROBLEM;
    }
}
