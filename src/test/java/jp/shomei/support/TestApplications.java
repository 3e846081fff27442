package jp.shomei.support;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.account.SchoolRecord;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.registration.ApplicationForm;
import jp.shomei.registration.LeavingType;
import jp.shomei.registration.RegistrationDraft;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;

/** Complete applications and accounts at Toto University, as tests need them. */
public final class TestApplications {

    private TestApplications() {
    }

    /** A graduate of Toto University with one student ID, still on no password at all. */
    public static Account totoGraduate(AccountService accounts, UniversityRepository universities, SchoolCatalog catalog,
            String email, String nameKanji, String nameKana, String studentNumber) {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        return accounts.open(email, "ja",
                new AccountDetails(nameKanji, nameKana, LocalDate.of(1990, 1, 1), new PersonalDetails("100-0001",
                        "東京都", "千代田区", "千代田1-1", null, "03-1111-2222", "090-1111-2222", email, "就職活動",
                        "株式会社サンプル", null, null)),
                new SchoolRecord(toto.getId(), department,
                        catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department)).findFirst()
                                .orElseThrow().getId(),
                        catalog.degreePrograms().stream().filter(p -> p.getUniversityId().equals(toto.getId()))
                                .findFirst().orElseThrow().getId(),
                        studentNumber, null, null, null, YearMonth.of(2008, 4), YearMonth.of(2012, 3), "GRADUATED"));
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
