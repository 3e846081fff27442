package jp.shomei.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.support.Prefecture;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The rules that tie the fields of an application together; single fields are checked by their annotations. */
@Component
class ApplicationFormValidator implements Validator {

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final SchoolCatalog catalog;
    private final Clock clock;

    ApplicationFormValidator(SchoolCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ApplicationForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ApplicationForm form = (ApplicationForm) target;
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
        if (form.getPrefecture() != null && !Prefecture.isPrefecture(form.getPrefecture())) {
            errors.rejectValue("prefecture", "validation.choose");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getBirthDate() != null && form.getBirthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            errors.rejectValue("birthDate", "validation.birthDate");
        }
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
        if (form.getBirthDate() != null && form.getMatriculation() != null
                && !YearMonth.from(form.getBirthDate()).plusYears(10).isBefore(form.getMatriculation())) {
            errors.rejectValue("matriculation", "validation.matriculationBeforeBirth");
        }
    }
}
