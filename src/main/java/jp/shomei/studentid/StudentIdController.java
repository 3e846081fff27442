package jp.shomei.studentid;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.shomei.account.SignedIn;
import jp.shomei.document.DocumentSide;
import jp.shomei.registration.LeavingType;
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

/**
 * "Add a student ID" of the service menu (manual 2.3): the note and "Send", the mail sent, the one-time URL opening
 * the form, Check, confirmation, Application; after a resubmission request, the correction form.
 */
@Controller
class StudentIdController {

    private static final String DRAFT = "studentId.draft";
    private static final String VIEW_LINK_PROBLEM = "studentid/link-problem";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final StudentIds studentIds;
    private final SchoolCatalog catalog;
    private final SignedIn signedIn;
    private final StudentIdProperties properties;

    StudentIdController(StudentIds studentIds, SchoolCatalog catalog, SignedIn signedIn,
            StudentIdProperties properties) {
        this.studentIds = studentIds;
        this.catalog = catalog;
        this.signedIn = signedIn;
        this.properties = properties;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** From the menu: the note and "Send", or the application the university asked to correct. */
    @GetMapping("/account/student-ids")
    String start(HttpSession session, Model model) {
        Optional<StudentIdDraft> correction = studentIds.startCorrection(accountId());
        if (correction.isEmpty()) {
            model.addAttribute("minutes", properties.urlValidity().toMinutes());
            return "studentid/request";
        }
        session.setAttribute(DRAFT, correction.get());
        model.addAttribute("studentIdForm", correction.get().form());
        return showForm(correction.get(), model);
    }

    @PostMapping("/account/student-ids/send")
    String send(RedirectAttributes redirect) {
        Optional<Instant> validUntil = studentIds.requestUrl(accountId(), signedIn.graduate().email());
        if (validUntil.isEmpty()) {
            redirect.addFlashAttribute("heldBack", true);
            return "redirect:/account/student-ids";
        }
        redirect.addFlashAttribute("validUntil", validUntil.get().atZone(JAPAN));
        return "redirect:/account/student-ids/sent";
    }

    @GetMapping("/account/student-ids/sent")
    String sent(Model model) {
        model.addAttribute("minutes", properties.urlValidity().toMinutes());
        return "studentid/sent";
    }

    /** The mailed one-time URL: the form, moved to an address without the token. */
    @GetMapping("/account/student-ids/url/{token}")
    String openForm(@PathVariable String token, HttpSession session, Model model) {
        StudentIds.FormAccess access = studentIds.openForm(token, accountId());
        if (access.problem().isPresent()) {
            model.addAttribute("outcome", access.problem().get().name());
            return VIEW_LINK_PROBLEM;
        }
        session.setAttribute(DRAFT, access.draft());
        return "redirect:/account/student-ids/form";
    }

    /** Back from the confirmation, or the check's address opened again. */
    @GetMapping({"/account/student-ids/form", "/account/student-ids/check"})
    String form(HttpSession session, Model model) {
        Optional<StudentIdDraft> draft = draft(session);
        if (draft.isEmpty()) {
            return "redirect:/account/student-ids";
        }
        model.addAttribute("studentIdForm", draft.get().form());
        return showForm(draft.get(), model);
    }

    @PostMapping("/account/student-ids/check")
    String check(@Valid StudentIdForm studentIdForm, BindingResult result,
            @RequestParam(required = false) MultipartFile frontImage,
            @RequestParam(required = false) MultipartFile backImage,
            @RequestParam(defaultValue = "false") boolean removeBack, HttpSession session, Model model) {
        Optional<StudentIdDraft> previous = draft(session);
        if (previous.isEmpty()) {
            return "redirect:/account/student-ids";
        }
        StudentIds.Outcome outcome = studentIds.check(accountId(), previous.get(), studentIdForm, result,
                frontImage, backImage, removeBack);
        session.setAttribute(DRAFT, outcome.draft());
        if (!outcome.complete()) {
            model.addAttribute("frontError", outcome.frontError());
            model.addAttribute("backError", outcome.backError());
            model.addAttribute("frontMissing", outcome.frontMissing());
            return showForm(outcome.draft(), model);
        }
        return "redirect:/account/student-ids/confirm";
    }

    @GetMapping("/account/student-ids/confirm")
    String confirm(HttpSession session, Locale locale, Model model) {
        Optional<StudentIdDraft> draft = draft(session);
        if (draft.isEmpty() || draft.get().front() == null || draft.get().form().getLeavingType() == null) {
            return "redirect:/account/student-ids";
        }
        StudentIdForm form = draft.get().form();
        model.addAttribute("studentIdForm", form);
        model.addAttribute("hasBack", draft.get().back() != null);
        model.addAttribute("universityName", catalog.university(form.getUniversityId()).map(u -> u.name(locale)).orElse(""));
        model.addAttribute("departmentName", catalog.department(form.getDepartmentId()).map(d -> d.name(locale)).orElse(""));
        model.addAttribute("subjectName", catalog.subject(form.getSubjectId()).map(s -> s.name(locale)).orElse(""));
        model.addAttribute("degreeProgramName", catalog.degreeProgram(form.getDegreeProgramId()).map(p -> p.name(locale)).orElse(""));
        model.addAttribute("documentTypeName", catalog.documentType(form.getDocumentTypeId()).map(t -> t.name(locale)).orElse(""));
        return "studentid/confirm";
    }

    @PostMapping("/account/student-ids/apply")
    String apply(HttpSession session, Model model) {
        Optional<StudentIdDraft> draft = draft(session);
        if (draft.isEmpty() || draft.get().front() == null) {
            return "redirect:/account/student-ids";
        }
        try {
            studentIds.apply(accountId(), draft.get());
        } catch (StudentIdNotAvailableException e) {
            model.addAttribute("studentIdForm", draft.get().form());
            model.addAttribute("notAvailable", true);
            return showForm(draft.get(), model);
        } catch (StudentIdUrlException e) {
            session.removeAttribute(DRAFT);
            model.addAttribute("outcome", e.problem().name());
            return VIEW_LINK_PROBLEM;
        }
        session.removeAttribute(DRAFT);
        return "redirect:/account/student-ids/received";
    }

    @GetMapping("/account/student-ids/received")
    String received() {
        return "studentid/received";
    }

    /** The graduate's own images, of the draft in their session, for the preview. */
    @GetMapping("/account/student-ids/document/{side}")
    ResponseEntity<byte[]> draftDocument(@PathVariable String side, HttpSession session) {
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        return draft(session)
                .flatMap(d -> studentIds.image(accountId(), d, documentSide))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .body(image.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String showForm(StudentIdDraft draft, Model model) {
        model.addAttribute("hasFront", draft.front() != null);
        model.addAttribute("hasBack", draft.back() != null);
        model.addAttribute("universities", catalog.universities());
        model.addAttribute("departments", catalog.departments());
        model.addAttribute("subjects", catalog.subjects());
        model.addAttribute("degreePrograms", catalog.degreePrograms());
        model.addAttribute("documentTypes", catalog.documentTypes());
        model.addAttribute("leavingTypes", LeavingType.values());
        Optional<StudentIdDecision> asked = Optional.ofNullable(draft.applicationId())
                .flatMap(studentIds::lastDecision);
        asked.map(StudentIdDecision::getReason).ifPresent(reason -> model.addAttribute("resubmissionReason", reason));
        model.addAttribute("sectionsToCorrect", asked.map(StudentIdDecision::getSectionsToCorrect)
                .map(joined -> Set.of(joined.split(","))).orElse(Set.of()));
        return "studentid/form";
    }

    private Long accountId() {
        return signedIn.graduate().accountId();
    }

    private static Optional<StudentIdDraft> draft(HttpSession session) {
        return Optional.ofNullable((StudentIdDraft) session.getAttribute(DRAFT));
    }
}
