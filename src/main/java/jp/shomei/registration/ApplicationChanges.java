package jp.shomei.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.shomei.document.IdentityDocumentImage;

/** Which fields and images of an application a resubmission changed; the names are the form's field names. */
final class ApplicationChanges {

    private static final Map<String, Function<ApplicationForm, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("applicationType", ApplicationForm::getApplicationType);
        FIELDS.put("nameKanji", ApplicationForm::getNameKanji);
        FIELDS.put("nameKana", ApplicationForm::getNameKana);
        FIELDS.put("birthDate", ApplicationForm::getBirthDate);
        FIELDS.put("schoolNameKanji", ApplicationForm::getSchoolNameKanji);
        FIELDS.put("schoolNameKana", ApplicationForm::getSchoolNameKana);
        FIELDS.put("schoolNameRoman", ApplicationForm::getSchoolNameRoman);
        FIELDS.put("universityId", ApplicationForm::getUniversityId);
        FIELDS.put("departmentId", ApplicationForm::getDepartmentId);
        FIELDS.put("subjectId", ApplicationForm::getSubjectId);
        FIELDS.put("degreeProgramId", ApplicationForm::getDegreeProgramId);
        FIELDS.put("studentNumber", ApplicationForm::getStudentNumber);
        FIELDS.put("matriculation", ApplicationForm::getMatriculation);
        FIELDS.put("graduation", ApplicationForm::getGraduation);
        FIELDS.put("leavingType", ApplicationForm::getLeavingType);
        FIELDS.put("postalCode", ApplicationForm::getPostalCode);
        FIELDS.put("prefecture", ApplicationForm::getPrefecture);
        FIELDS.put("city", ApplicationForm::getCity);
        FIELDS.put("street", ApplicationForm::getStreet);
        FIELDS.put("building", ApplicationForm::getBuilding);
        FIELDS.put("phone", ApplicationForm::getPhone);
        FIELDS.put("mobile", ApplicationForm::getMobile);
        FIELDS.put("contactEmail", ApplicationForm::getContactEmail);
        FIELDS.put("intendedUse", ApplicationForm::getIntendedUse);
        FIELDS.put("submissionPlace", ApplicationForm::getSubmissionPlace);
        FIELDS.put("employerName", ApplicationForm::getEmployerName);
        FIELDS.put("employerPostalCode", ApplicationForm::getEmployerPostalCode);
        FIELDS.put("documentTypeId", ApplicationForm::getDocumentTypeId);
    }

    private ApplicationChanges() {
    }

    static List<String> between(RegistrationDraft before, RegistrationDraft after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            if (!Objects.equals(value.apply(before.form()), value.apply(after.form()))) {
                changed.add(field);
            }
        });
        if (!sameImage(before.front(), after.front())) {
            changed.add("frontImage");
        }
        if (!sameImage(before.back(), after.back())) {
            changed.add("backImage");
        }
        return changed;
    }

    private static boolean sameImage(IdentityDocumentImage a, IdentityDocumentImage b) {
        return a == null ? b == null : b != null && Arrays.equals(a.content(), b.content());
    }
}
