package jp.shomei.order;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import jp.shomei.staff.StaffMember;
import jp.shomei.staff.StaffSessions;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The certificate catalogue for administrators: every university's types, each editable (names, fee, copies, store
 * printing, who may order it, on or off, order on the list), and new types added, without a redeploy. Others get the
 * page not found.
 */
@Controller
class CatalogueController {

    private final CertificateTypeRepository types;
    private final CertificateCatalogue catalogue;
    private final SchoolCatalog schools;
    private final StaffSessions staffSessions;

    CatalogueController(CertificateTypeRepository types, CertificateCatalogue catalogue, SchoolCatalog schools,
            StaffSessions staffSessions) {
        this.types = types;
        this.catalogue = catalogue;
        this.schools = schools;
        this.staffSessions = staffSessions;
    }

    @GetMapping("/staff/catalogue")
    String list(Model model) {
        administrator();
        List<CertificateType> all = types.findAll().stream()
                .sorted(Comparator.comparing(CertificateType::getUniversityId)
                        .thenComparing(CertificateType::getSortOrder))
                .toList();
        model.addAttribute("types", all);
        model.addAttribute("universities", schools.universities());
        return "staff/catalogue";
    }

    @GetMapping("/staff/catalogue/{id}")
    String edit(@PathVariable Long id, Model model) {
        administrator();
        CertificateType type = type(id);
        model.addAttribute("certificateTypeForm", CertificateTypeForm.of(type));
        return editPage(type, model);
    }

    @PostMapping("/staff/catalogue/{id}")
    String change(@PathVariable Long id, @Valid @ModelAttribute CertificateTypeForm certificateTypeForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        administrator();
        CertificateType type = type(id);
        rejectClashes(result, catalogue.clashes(type.getUniversityId(), id, null, certificateTypeForm));
        if (result.hasErrors()) {
            return editPage(type, model);
        }
        catalogue.change(id, certificateTypeForm);
        redirect.addFlashAttribute("changed", type.getCode());
        return "redirect:/staff/catalogue";
    }

    @GetMapping("/staff/catalogue/universities/{universityId}/new")
    String add(@PathVariable Long universityId, Model model) {
        administrator();
        University university = university(universityId);
        model.addAttribute("certificateTypeForm", NewCertificateTypeForm.withDefaults(
                catalogue.nextSortOrder(universityId)));
        return formPage(university, model);
    }

    @PostMapping("/staff/catalogue/universities/{universityId}/new")
    String create(@PathVariable Long universityId,
            @Valid @ModelAttribute("certificateTypeForm") NewCertificateTypeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        administrator();
        University university = university(universityId);
        rejectClashes(result, catalogue.clashes(universityId, null, form.getCode(), form));
        if (result.hasErrors()) {
            return formPage(university, model);
        }
        redirect.addFlashAttribute("added", catalogue.add(universityId, form).getCode());
        return "redirect:/staff/catalogue";
    }

    /** A value another type of the university already has, unless the field is wrong for a plainer reason. */
    private static void rejectClashes(BindingResult result, List<String> fields) {
        fields.stream().filter(f -> !result.hasFieldErrors(f))
                .forEach(f -> result.rejectValue(f, "catalogue.duplicate." + f));
    }

    private String editPage(CertificateType type, Model model) {
        model.addAttribute("type", type);
        return formPage(schools.university(type.getUniversityId()).orElseThrow(), model);
    }

    private String formPage(University university, Model model) {
        model.addAttribute("university", university);
        model.addAttribute("statuses", StudentStatus.values());
        return "staff/catalogue-edit";
    }

    private University university(Long id) {
        return schools.university(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CertificateType type(Long id) {
        return types.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void administrator() {
        StaffMember staff = staffSessions.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!staff.isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
