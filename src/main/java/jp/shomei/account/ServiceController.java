package jp.shomei.account;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in service's home (Select printing destination), the manual, and the pages still to come. */
@Controller
class ServiceController {

    private static final String PRINTING_STUDENT_RECORD = ServiceController.class.getName() + ".printingStudentRecord";

    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final SignedIn signedIn;

    ServiceController(AccountService accounts, SchoolCatalog catalog, SignedIn signedIn) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.signedIn = signedIn;
    }

    @GetMapping("/home")
    String home(Locale locale, HttpSession session, Model model) {
        GraduatePrincipal graduate = signedIn.graduate();
        Account account = accounts.find(graduate.accountId()).orElseThrow();
        List<StudentRecord> records = accounts.studentRecords(account.getId());
        Object chosen = session.getAttribute(PRINTING_STUDENT_RECORD);
        model.addAttribute("accountName", account.getNameKanji());
        model.addAttribute("chosenRecordId", records.stream().map(StudentRecord::getId)
                .filter(id -> id.equals(chosen)).findFirst()
                .orElse(records.isEmpty() ? null : records.get(0).getId()));
        model.addAttribute("studentRecords", records.stream()
                .map(r -> new StudentIdView(r.getId(), r.getStudentNumber(),
                        name(catalog.university(r.getUniversityId()).orElse(null), locale),
                        name(catalog.department(r.getDepartmentId()).orElse(null), locale),
                        name(catalog.subject(r.getSubjectId()).orElse(null), locale),
                        name(catalog.degreeProgram(r.getDegreeProgramId()).orElse(null), locale),
                        r.getGraduation()))
                .toList());
        return "home";
    }

    /** The student ID chosen for printing stays chosen for the rest of the session (reloads, other pages). */
    @PostMapping("/account/printing-student-id")
    String choosePrintingStudentId(@RequestParam Long studentRecordId, HttpSession session) {
        if (accounts.studentRecords(signedIn.graduate().accountId()).stream()
                .anyMatch(r -> r.getId().equals(studentRecordId))) {
            session.setAttribute(PRINTING_STUDENT_RECORD, studentRecordId);
        }
        return "redirect:/home";
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
