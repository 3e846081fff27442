package jp.shomei.registration;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.support.Prefecture;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The rules that tie the fields of an application together; single fields are checked by their annotations. */
@Component
class ApplicationFormValidator implements Validator {

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final SchoolRecordRules schoolRecordRules;

    ApplicationFormValidator(SchoolRecordRules schoolRecordRules) {
        this.schoolRecordRules = schoolRecordRules;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ApplicationForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ApplicationForm form = (ApplicationForm) target;
        schoolRecordRules.validate(form, errors);
        if (form.getPrefecture() != null && !Prefecture.isPrefecture(form.getPrefecture())) {
            errors.rejectValue("prefecture", "validation.choose");
        }
        if (form.getBirthDate() != null && form.getBirthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            errors.rejectValue("birthDate", "validation.birthDate");
        }
        if (form.getBirthDate() != null && form.getMatriculation() != null
                && !YearMonth.from(form.getBirthDate()).plusYears(10).isBefore(form.getMatriculation())) {
            errors.rejectValue("matriculation", "validation.matriculationBeforeBirth");
        }
    }
}
