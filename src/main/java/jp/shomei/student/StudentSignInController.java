package jp.shomei.student;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.shomei.account.Account;
import jp.shomei.account.GraduatePrincipal;
import jp.shomei.account.Roles;
import jp.shomei.account.SignedIn;
import jp.shomei.university.University;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The students' sign-in of one university (manual 2.1, 2.2), reached from the university's own site: ECS-ID,
 * password, the notes and "Login". The first sign-in leads to the mail address registration, later ones to "Select
 * printing destination".
 */
@Controller
class StudentSignInController {

    static final String VIEW_LOGIN = "student/login";
    static final String VIEW_UNAVAILABLE = "student/unavailable";
    static final String VIEW_LEFT = "student/left";

    private final StudentSignIn signIns;
    private final SignedIn signedIn;
    private final LocaleResolver localeResolver;

    StudentSignInController(StudentSignIn signIns, SignedIn signedIn, LocaleResolver localeResolver) {
        this.signIns = signIns;
        this.signedIn = signedIn;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/students/{university}/login")
    String form(@PathVariable("university") String code, Model model) {
        model.addAttribute("university", university(code));
        return VIEW_LOGIN;
    }

    @PostMapping("/students/{university}/login")
    String signIn(@PathVariable("university") String code, @RequestParam(defaultValue = "") String ecsId,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        University university = university(code);
        model.addAttribute("university", university);
        StudentSignIn.Result result = signIns.signIn(university, ecsId, password,
                localeResolver.resolveLocale(request).getLanguage(), request.getRemoteAddr());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                Account account = result.account();
                boolean mailSet = account.getEmail() != null;
                signedIn.signIn(new GraduatePrincipal(account.getId(), account.getEmail()),
                        mailSet ? Roles.STUDENT : Roles.STUDENT_MAIL_SETUP, request, response);
                return mailSet ? "redirect:/home" : "redirect:/students/mail-address";
            }
            case UNAVAILABLE -> {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                return VIEW_UNAVAILABLE;
            }
            case LEFT -> {
                return VIEW_LEFT;
            }
            default -> {
                if (ecsId.length() <= 64) {
                    model.addAttribute("ecsId", ecsId.trim());
                }
                model.addAttribute("loginError", true);
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                return VIEW_LOGIN;
            }
        }
    }

    private University university(String code) {
        return signIns.university(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
