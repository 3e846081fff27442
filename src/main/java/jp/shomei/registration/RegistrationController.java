package jp.shomei.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import jp.shomei.document.DocumentSide;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.support.Prefecture;
import jp.shomei.university.SchoolCatalog;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's side of registration, manual 2.1 steps 1-15. */
@Controller
class RegistrationController {

    static final String VIEW_MAIL_ADDRESS = "registration/mail-address";
    static final String VIEW_SENT = "registration/sent";
    static final String VIEW_TERMS = "registration/terms";
    static final String VIEW_FORM = "registration/form";
    static final String VIEW_CONFIRM = "registration/confirm";
    static final String VIEW_RECEIVED = "registration/received";
    static final String VIEW_LINK_PROBLEM = "registration/link-problem";

    private static final String AGREED_AT = "registration.agreedAt.";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RegistrationService registrations;
    private final ApplicationChecks checks;
    private final SchoolCatalog catalog;
    private final RegistrationProperties properties;
    private final Clock clock;

    RegistrationController(RegistrationService registrations, ApplicationChecks checks, SchoolCatalog catalog,
            RegistrationProperties properties, Clock clock) {
        this.registrations = registrations;
        this.checks = checks;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/register")
    String initMailAddressForm(Model model) {
        model.addAttribute("mailAddressForm", new MailAddressForm());
        return VIEW_MAIL_ADDRESS;
    }

    @PostMapping("/register")
    String processMailAddressForm(@Valid MailAddressForm mailAddressForm, BindingResult result, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW_MAIL_ADDRESS;
        }
        registrations.request(mailAddressForm.getEmail(), locale, request.getRemoteAddr());
        redirect.addFlashAttribute("email", mailAddressForm.getEmail());
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent(Model model) {
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return VIEW_SENT;
    }

    @GetMapping("/register/{token}")
    String terms(@PathVariable String token, Model model) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), token, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("termsVersion", properties.termsVersion());
        return VIEW_TERMS;
    }

    @PostMapping("/register/{token}/agree")
    String agree(@PathVariable String token, @RequestParam(defaultValue = "false") boolean agree,
            HttpSession session, Model model) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), token, model);
        }
        if (!agree) {
            model.addAttribute("token", token);
            model.addAttribute("termsVersion", properties.termsVersion());
            model.addAttribute("agreeMissing", true);
            return VIEW_TERMS;
        }
        session.setAttribute(AGREED_AT + token, clock.instant());
        registrations.openDraft(check.token());
        return "redirect:/register/" + token + "/form";
    }

    /** The agreement's address opened again: the terms' language changed after a refusal, or the address bar. */
    @GetMapping("/register/{token}/agree")
    String reopenTerms(@PathVariable String token) {
        return "redirect:/register/" + token;
    }

    @GetMapping("/register/{token}/form")
    String initApplicationForm(@PathVariable String token, HttpSession session, Locale locale, Model model) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), token, model);
        }
        Optional<FormDraft> draft = registrations.draft(check.token());
        if (draft.isEmpty() || session.getAttribute(AGREED_AT + token) == null) {
            return "redirect:/register/" + token;
        }
        model.addAttribute("applicationForm", draft.get().form());
        return showForm(token, draft.get(), check, locale, model);
    }

    @PostMapping("/register/{token}/check")
    String processApplicationForm(@PathVariable String token, @Valid ApplicationForm applicationForm,
            BindingResult result, @RequestParam(required = false) MultipartFile frontImage,
            @RequestParam(required = false) MultipartFile backImage,
            @RequestParam(defaultValue = "false") boolean removeBack, HttpSession session, Locale locale,
            Model model) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        boolean expired = check.outcome() == OneTimeUrlCheck.Outcome.EXPIRED;
        if (!check.valid() && !expired) {
            return linkProblem(check.outcome(), token, model);
        }
        Optional<FormDraft> previous = registrations.draft(check.token());
        if (previous.isEmpty() || session.getAttribute(AGREED_AT + token) == null) {
            return expired ? linkProblem(check.outcome(), token, model) : "redirect:/register/" + token;
        }
        // What was entered while the URL expired is kept all the same, for the new URL that the page offers.
        ApplicationChecks.Outcome outcome = checks.check(registrations.registrationOf(check.token()), previous.get(),
                applicationForm, result, frontImage, backImage, removeBack);
        registrations.saveDraft(check.token(), outcome.draft());
        if (expired) {
            return linkProblem(check.outcome(), token, model);
        }
        if (!outcome.complete()) {
            model.addAttribute("frontError", outcome.frontError());
            model.addAttribute("backError", outcome.backError());
            model.addAttribute("frontMissing", outcome.frontMissing());
            return showForm(token, outcome.draft(), check, locale, model);
        }
        return "redirect:/register/" + token + "/confirm";
    }

    /** The check's address opened again: the link back from an upload too large to read, or the address bar. */
    @GetMapping("/register/{token}/check")
    String reopenApplicationForm(@PathVariable String token) {
        return "redirect:/register/" + token + "/form";
    }

    @GetMapping("/register/{token}/confirm")
    String confirm(@PathVariable String token, HttpSession session, Locale locale, Model model) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        if (!check.valid()) {
            return linkProblem(check.outcome(), token, model);
        }
        Optional<FormDraft> draft = registrations.draft(check.token());
        if (draft.isEmpty() || draft.get().front() == null || session.getAttribute(AGREED_AT + token) == null) {
            return "redirect:/register/" + token;
        }
        ApplicationForm form = draft.get().form();
        model.addAttribute("token", token);
        model.addAttribute("validUntil", validUntil(check));
        model.addAttribute("applicationForm", form);
        model.addAttribute("hasBack", draft.get().back() != null);
        model.addAttribute("universityName", catalog.university(form.getUniversityId()).map(u -> u.name(locale)).orElse(""));
        model.addAttribute("departmentName", catalog.department(form.getDepartmentId()).map(d -> d.name(locale)).orElse(""));
        model.addAttribute("subjectName", catalog.subject(form.getSubjectId()).map(s -> s.name(locale)).orElse(""));
        model.addAttribute("degreeProgramName", catalog.degreeProgram(form.getDegreeProgramId()).map(p -> p.name(locale)).orElse(""));
        model.addAttribute("documentTypeName", catalog.documentType(form.getDocumentTypeId()).map(t -> t.name(locale)).orElse(""));
        model.addAttribute("prefectureName", Prefecture.of(form.getPrefecture()).map(p -> p.name(locale)).orElse(""));
        model.addAttribute("takesOverStudentAccount", registrations.takesOverStudentAccount(form));
        return VIEW_CONFIRM;
    }

    @PostMapping("/register/{token}/submit")
    String submit(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        OneTimeUrlCheck check = registrations.checkUrl(token);
        if (check.outcome() == OneTimeUrlCheck.Outcome.CONSUMED) {
            return received(registrations.registrationOf(check.token()), redirect);
        }
        if (!check.valid()) {
            return linkProblem(check.outcome(), token, model);
        }
        Optional<FormDraft> draft = registrations.draft(check.token());
        Instant agreedAt = (Instant) session.getAttribute(AGREED_AT + token);
        if (draft.isEmpty() || agreedAt == null) {
            // A submission of the same session at the same moment may have taken the draft and the agreement.
            OneTimeUrlCheck now = registrations.checkUrl(token);
            return now.outcome() == OneTimeUrlCheck.Outcome.CONSUMED
                    ? received(registrations.registrationOf(now.token()), redirect)
                    : "redirect:/register/" + token;
        }
        Registration registration;
        try {
            registration = registrations.submit(token, draft.get(), agreedAt);
        } catch (UrlNoLongerValidException e) {
            return linkProblem(e.outcome(), token, model);
        }
        session.removeAttribute(AGREED_AT + token);
        return received(registration, redirect);
    }

    private static String received(Registration registration, RedirectAttributes redirect) {
        redirect.addFlashAttribute("receptionNumber", registration.receptionNumber());
        return "redirect:/register/received";
    }

    @GetMapping("/register/received")
    String received() {
        return VIEW_RECEIVED;
    }

    /** The applicant's own images, of the draft that their agreement opened, for the preview. */
    @GetMapping("/register/{token}/document/{side}")
    ResponseEntity<byte[]> draftDocument(@PathVariable String token, @PathVariable String side, HttpSession session) {
        if (session.getAttribute(AGREED_AT + token) == null) {
            return ResponseEntity.notFound().build();
        }
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        return registrations.draftImage(token, documentSide)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(image.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/register/renew")
    String renew(@RequestParam String token, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Optional<String> email = registrations.restartExpired(token, request.getRemoteAddr());
        if (email.isEmpty()) {
            return linkProblem(registrations.checkUrl(token).outcome(), token, model);
        }
        redirect.addFlashAttribute("email", email.get());
        return "redirect:/register/sent";
    }

    private String showForm(String token, FormDraft draft, OneTimeUrlCheck check, Locale locale, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("hasFront", draft.front() != null);
        model.addAttribute("hasBack", draft.back() != null);
        model.addAttribute("universities", catalog.universities());
        model.addAttribute("departments", catalog.departments());
        model.addAttribute("subjects", catalog.subjects());
        model.addAttribute("degreePrograms", catalog.degreePrograms());
        model.addAttribute("documentTypes", catalog.documentTypes());
        model.addAttribute("prefectures", Prefecture.ALL);
        model.addAttribute("applicationTypes", ApplicationType.values());
        model.addAttribute("leavingTypes", LeavingType.values());
        model.addAttribute("validUntil", validUntil(check));
        Registration registration = registrations.registrationOf(check.token());
        registrations.resubmissionReason(registration)
                .ifPresent(reason -> model.addAttribute("resubmissionReason", reason));
        model.addAttribute("sectionsToCorrect", registrations.sectionsToCorrect(registration));
        return VIEW_FORM;
    }

    private String linkProblem(OneTimeUrlCheck.Outcome outcome, String token, Model model) {
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("token", token);
        model.addAttribute("canRenew", outcome == OneTimeUrlCheck.Outcome.EXPIRED);
        return VIEW_LINK_PROBLEM;
    }

    private static ZonedDateTime validUntil(OneTimeUrlCheck check) {
        return check.token().getExpiresAt().atZone(JAPAN);
    }
}
