package jp.shomei.support;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.registration.ApplicationForm;
import jp.shomei.registration.IdentityDocumentImage;
import jp.shomei.registration.LeavingType;
import jp.shomei.registration.RegistrationDraft;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;

/** A complete application to Toto University, as the applicant form would hand it over. */
public final class TestApplications {

    private TestApplications() {
    }

    public static RegistrationDraft totoApplication(UniversityRepository universities, SchoolCatalog catalog,
            String nameKanji, String nameKana) {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        ApplicationForm form = new ApplicationForm();
        form.setNameKanji(nameKanji);
        form.setNameKana(nameKana);
        form.setBirthDate(LocalDate.of(1993, 6, 1));
        form.setUniversityId(toto.getId());
        form.setDepartmentId(department);
        form.setSubjectId(catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId());
        form.setDegreeProgramId(catalog.degreePrograms().stream()
                .filter(p -> p.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        form.setGraduation(YearMonth.of(2016, 3));
        form.setLeavingType(LeavingType.GRADUATED);
        form.setPostalCode("100-0001");
        form.setPrefecture("東京都");
        form.setCity("千代田区");
        form.setStreet("千代田1-1");
        form.setPhone("03-1111-2222");
        form.setMobile("090-1111-2222");
        form.setContactEmail("applicant@example.jp");
        form.setIntendedUse("就職活動");
        form.setSubmissionPlace("株式会社サンプル");
        form.setDocumentTypeId(catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId())).findFirst().orElseThrow().getId());
        return new RegistrationDraft(form, new IdentityDocumentImage("image/png", 640, 400, TestImages.png()), null);
    }
}
