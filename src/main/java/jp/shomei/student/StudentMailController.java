package jp.shomei.student;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.SignedIn;
import jp.shomei.email.EmailChangeForm;
import jp.shomei.email.EmailChangeProperties;
import jp.shomei.email.EmailChangeService;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A current student's mail address: registered at the first sign-in (manual 2.1) and changed from the menu (2.3 (a)),
 * both by a one-time URL mailed to the address (the email-change process). The URL opens in any browser; after the
 * first address is set the student signs in again.
 */
@Controller
class StudentMailController {

    static final String VIEW_FORM = "student/mail-address";
    static final String VIEW_SENT = "student/mail-address-sent";
    static final String VIEW_DONE = "student/mail-address-done";
    static final String VIEW_LINK_PROBLEM = "student/mail-address-link-problem";

    private final EmailChangeService changes;
    private final AccountService accounts;
    private final SchoolCatalog schools;
    private final SignedIn signedIn;
    private final EmailChangeProperties properties;

    StudentMailController(EmailChangeService changes, AccountService accounts, SchoolCatalog schools,
            SignedIn signedIn, EmailChangeProperties properties) {
        this.changes = changes;
        this.accounts = accounts;
        this.schools = schools;
        this.signedIn = signedIn;
        this.properties = properties;
    }

    @GetMapping("/students/mail-address")
    String form(Model model) {
        model.addAttribute("emailChangeForm", new EmailChangeForm());
        return showForm(model);
    }

    @PostMapping("/students/mail-address")
    String request(@Valid EmailChangeForm emailChangeForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model);
        }
        switch (changes.request(signedIn.graduate().accountId(), emailChangeForm.getEmail())) {
            case SAME_AS_CURRENT -> result.rejectValue("email", "emailChange.sameAsCurrent");
            case UNAVAILABLE -> result.rejectValue("email", "emailChange.unavailable");
            case TOO_MANY -> result.reject("emailChange.tooMany");
            case SENT -> {
                redirect.addFlashAttribute("email", emailChangeForm.getEmail().trim());
                return "redirect:/students/mail-address/sent";
            }
        }
        return showForm(model);
    }

    @GetMapping("/students/mail-address/sent")
    String sent(Model model) {
        model.addAttribute("first", account().getEmail() == null);
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return VIEW_SENT;
    }

    @GetMapping("/students/mail-address/confirm/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        EmailChangeService.Confirmation confirmation = changes.confirmForStudent(token, request.getRemoteAddr());
        if (confirmation.outcome() != EmailChangeService.ConfirmOutcome.CHANGED) {
            model.addAttribute("outcome", confirmation.outcome().name());
            return VIEW_LINK_PROBLEM;
        }
        // Opened in the session that is signed in as the same student: it goes on under the new address.
        if (signedIn.student() && signedIn.graduate().accountId().equals(confirmation.accountId())) {
            signedIn.renameGraduate(confirmation.newEmail(), request, response);
        }
        Account account = accounts.find(confirmation.accountId()).orElseThrow();
        model.addAttribute("first", confirmation.first());
        model.addAttribute("email", confirmation.newEmail());
        model.addAttribute("loginPath", schools.university(account.getUniversityId())
                .map(u -> "/students/" + u.getCode() + "/login").orElse("/"));
        return VIEW_DONE;
    }

    private Account account() {
        return accounts.find(signedIn.graduate().accountId()).orElseThrow();
    }

    private String showForm(Model model) {
        Account account = account();
        model.addAttribute("first", account.getEmail() == null);
        model.addAttribute("currentEmail", account.getEmail());
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return VIEW_FORM;
    }
}
