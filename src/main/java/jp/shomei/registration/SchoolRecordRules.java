package jp.shomei.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The rules that tie the school-record fields together: the catalog's choices belong together, dates in order. */
@Component
public class SchoolRecordRules {

    private final SchoolCatalog catalog;
    private final Clock clock;

    SchoolRecordRules(SchoolCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public void validate(SchoolRecordFields form, Errors errors) {
        Long university = form.getUniversityId();
        if (university != null && catalog.university(university).isEmpty()) {
            errors.rejectValue("universityId", "validation.choose");
        }
        if (form.getDepartmentId() != null && !catalog.departmentBelongs(form.getDepartmentId(), university)) {
            errors.rejectValue("departmentId", "validation.choose");
        }
        if (form.getSubjectId() != null && !catalog.subjectBelongs(form.getSubjectId(), form.getDepartmentId())) {
            errors.rejectValue("subjectId", "validation.choose");
        }
        if (form.getDegreeProgramId() != null && !catalog.degreeProgramBelongs(form.getDegreeProgramId(), university)) {
            errors.rejectValue("degreeProgramId", "validation.choose");
        }
        if (form.getDocumentTypeId() != null && !catalog.documentTypeOffered(form.getDocumentTypeId(), university)) {
            errors.rejectValue("documentTypeId", "validation.choose");
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth latest = YearMonth.from(today).plusYears(1);
        if (form.getGraduation() != null && form.getGraduation().isAfter(latest)) {
            errors.rejectValue("graduation", "validation.graduationTooLate");
        }
        if (form.getMatriculation() != null && form.getMatriculation().isAfter(YearMonth.from(today))) {
            errors.rejectValue("matriculation", "validation.matriculationInFuture");
        }
        if (form.getMatriculation() != null && form.getGraduation() != null
                && !form.getMatriculation().isBefore(form.getGraduation())) {
            errors.rejectValue("graduation", "validation.graduationBeforeMatriculation");
        }
    }
}
