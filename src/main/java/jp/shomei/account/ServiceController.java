package jp.shomei.account;

import java.util.Locale;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in service's home (Select printing destination), the manual, and the pages still to come. */
@Controller
class ServiceController {

    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final SignedIn signedIn;

    ServiceController(AccountService accounts, SchoolCatalog catalog, SignedIn signedIn) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.signedIn = signedIn;
    }

    @GetMapping("/home")
    String home(Locale locale, Model model) {
        GraduatePrincipal graduate = signedIn.graduate();
        Account account = accounts.find(graduate.accountId()).orElseThrow();
        model.addAttribute("accountName", account.getNameKanji());
        model.addAttribute("studentRecords", accounts.studentRecords(account.getId()).stream()
                .map(r -> new StudentIdView(r.getId(), r.getStudentNumber(),
                        name(catalog.university(r.getUniversityId()).orElse(null), locale),
                        name(catalog.department(r.getDepartmentId()).orElse(null), locale),
                        name(catalog.subject(r.getSubjectId()).orElse(null), locale),
                        name(catalog.degreeProgram(r.getDegreeProgramId()).orElse(null), locale),
                        r.getGraduation()))
                .toList());
        return "home";
    }

    /**
     * The language pull-down of Select printing destination (2.5(c)): the interceptor switches the pages, and
     * the choice sticks to the account, whose mails follow it.
     */
    @PostMapping("/account/language")
    String chooseLanguage(Locale locale) {
        accounts.chooseLanguage(signedIn.graduate().accountId(), locale.getLanguage());
        return "redirect:/home";
    }

    @GetMapping("/manual")
    String manual() {
        return "manual";
    }

    /** "Stay signed in": any request renews the session; this one does nothing else. */
    @PostMapping("/session/keepalive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    private static String name(LocalizedName named, Locale locale) {
        return named == null ? "" : named.name(locale);
    }
}
