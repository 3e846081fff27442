package jp.shomei.staff;

import jakarta.validation.Valid;
import jp.shomei.certificate.Certificates;
import jp.shomei.certificate.IssuedCertificateDetails;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issued certificates for staff: found by the verification code printed on one or by its number, shown with what it
 * states and whether it is revoked, and revoked with a reason after a confirmation. Administrators find every
 * university's certificates, a university's staff their own university's only; others get the page not found.
 */
@Controller
class StaffCertificatesController {

    private static final String FIND = "staff/certificates";
    private static final String SHOW = "staff/certificate";
    private static final String CONFIRM = "staff/certificate-revoke";

    private final Certificates certificates;
    private final StaffSessions staffSessions;
    private final SchoolCatalog catalog;
    private final StaffProperties properties;

    StaffCertificatesController(Certificates certificates, StaffSessions staffSessions, SchoolCatalog catalog,
            StaffProperties properties) {
        this.certificates = certificates;
        this.staffSessions = staffSessions;
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping("/staff/certificates")
    String findForm() {
        staff();
        return FIND;
    }

    /** A POST, so that the code stays out of addresses and logs. */
    @PostMapping("/staff/certificates")
    String find(@RequestParam(defaultValue = "") String code, Model model) {
        StaffMember staff = staff();
        return certificates.find(code).filter(c -> sees(staff, c))
                .map(c -> "redirect:/staff/certificates/" + c.id())
                .orElseGet(() -> {
                    model.addAttribute("code", code);
                    model.addAttribute("notFound", true);
                    return FIND;
                });
    }

    @GetMapping("/staff/certificates/{id}")
    String show(@PathVariable long id, Model model) {
        return show(certificate(staff(), id), new RevocationForm(), model);
    }

    /** The first step: the reason is checked and the confirmation shown; nothing changes yet. */
    @PostMapping("/staff/certificates/{id}/revoke")
    String confirm(@PathVariable long id, @Valid @ModelAttribute RevocationForm revocationForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        IssuedCertificateDetails certificate = certificate(staff(), id);
        if (certificate.revoked()) {
            redirect.addFlashAttribute("alreadyRevoked", true);
            return "redirect:/staff/certificates/" + id;
        }
        if (result.hasErrors()) {
            return show(certificate, revocationForm, model);
        }
        model.addAttribute("certificate", certificate);
        return CONFIRM;
    }

    @PostMapping("/staff/certificates/{id}/revoke/confirm")
    String revoke(@PathVariable long id, @Valid @ModelAttribute RevocationForm revocationForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        StaffMember staff = staff();
        IssuedCertificateDetails certificate = certificate(staff, id);
        if (!certificate.revoked() && result.hasErrors()) {
            return show(certificate, revocationForm, model);
        }
        boolean revoked = !certificate.revoked()
                && certificates.revoke(id, staff.userId(), revocationForm.getReason());
        redirect.addFlashAttribute(revoked ? "revoked" : "alreadyRevoked", true);
        return "redirect:/staff/certificates/" + id;
    }

    private String show(IssuedCertificateDetails certificate, RevocationForm form, Model model) {
        model.addAttribute("certificate", certificate);
        model.addAttribute("revocationForm", form);
        model.addAttribute("zone", properties.timeZone());
        return SHOW;
    }

    private IssuedCertificateDetails certificate(StaffMember staff, long id) {
        return certificates.find(id).filter(c -> sees(staff, c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Administrators and the staff of a university; analysts and anyone else get the page not found. */
    private StaffMember staff() {
        return staffSessions.current()
                .filter(s -> s.isAdministrator()
                        || catalog.universities().stream().anyMatch(u -> s.groupIds().contains(u.getStaffGroup())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private boolean sees(StaffMember staff, IssuedCertificateDetails certificate) {
        return staff.isAdministrator() || catalog.university(certificate.universityId())
                .map(u -> staff.groupIds().contains(u.getStaffGroup())).orElse(false);
    }
}
