package jp.shomei.account;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import jp.shomei.support.Prefecture;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;

/** Personal setting (2.4(a)): edit → "Check" → confirmation → "Application" → Change Completed. */
@Controller
class PersonalSettingController {

    private static final String DRAFT = "account.personal.draft";

    private final AccountService accounts;
    private final SignedIn signedIn;

    PersonalSettingController(AccountService accounts, SignedIn signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/account/personal")
    String initPersonalForm(HttpSession session, Model model) {
        PersonalForm draft = (PersonalForm) session.getAttribute(DRAFT);
        model.addAttribute("personalForm", draft != null ? draft
                : PersonalForm.of(accounts.find(signedIn.graduate().accountId()).orElseThrow()));
        model.addAttribute("prefectures", Prefecture.ALL);
        return "account/personal";
    }

    @PostMapping("/account/personal/check")
    String processPersonalForm(@Valid PersonalForm personalForm, BindingResult result, HttpSession session,
            Model model) {
        if (personalForm.getPrefecture() != null && !Prefecture.isPrefecture(personalForm.getPrefecture())) {
            result.rejectValue("prefecture", "validation.choose");
        }
        if (result.hasErrors()) {
            model.addAttribute("prefectures", Prefecture.ALL);
            return "account/personal";
        }
        session.setAttribute(DRAFT, personalForm);
        return "redirect:/account/personal/confirm";
    }

    @GetMapping("/account/personal/confirm")
    String confirm(HttpSession session, Locale locale, Model model) {
        PersonalForm draft = (PersonalForm) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/account/personal";
        }
        model.addAttribute("personalForm", draft);
        model.addAttribute("prefectureName", Prefecture.ALL.stream()
                .filter(p -> p.nameJa().equals(draft.getPrefecture())).findFirst().map(p -> p.name(locale)).orElse(""));
        return "account/personal-confirm";
    }

    @PostMapping("/account/personal/apply")
    String apply(HttpSession session) {
        PersonalForm draft = (PersonalForm) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/account/personal";
        }
        accounts.updateContact(signedIn.graduate().accountId(), draft.toDetails());
        session.removeAttribute(DRAFT);
        return "redirect:/account/personal/done";
    }

    @GetMapping("/account/personal/done")
    String done() {
        return "account/personal-done";
    }
}
