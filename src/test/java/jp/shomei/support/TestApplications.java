package jp.shomei.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.account.SchoolRecord;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.registration.ApplicationForm;
import jp.shomei.registration.LeavingType;
import jp.shomei.registration.RegistrationDraft;
import jp.shomei.university.IdentityDocumentType;
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

    /**
     * The registration form's fields, filled in as an applicant of Toto University would, with the first of its
     * identity document types that the filter takes.
     */
    public static Map<String, String> totoApplicationFields(UniversityRepository universities, SchoolCatalog catalog,
            String contactEmail, Predicate<IdentityDocumentType> documentType) {
        University toto = universities.findByCode("toto").orElseThrow();
        Long department = catalog.departments().stream().filter(d -> d.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        Long subject = catalog.subjects().stream().filter(s -> s.getDepartmentId().equals(department))
                .findFirst().orElseThrow().getId();
        Long degreeProgram = catalog.degreePrograms().stream().filter(p -> p.getUniversityId().equals(toto.getId()))
                .findFirst().orElseThrow().getId();
        Long documentTypeId = catalog.documentTypes().stream()
                .filter(t -> t.getUniversityId().equals(toto.getId()) && documentType.test(t))
                .findFirst().orElseThrow().getId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicationType", "NEW");
        fields.put("nameKanji", "山田 花子");
        fields.put("nameKana", "ヤマダ ハナコ");
        fields.put("birthDate", "1996-02-29");
        fields.put("schoolNameKanji", "山田 花子");
        fields.put("schoolNameKana", "ヤマダ ハナコ");
        fields.put("schoolNameRoman", "Yamada Hanako");
        fields.put("universityId", toto.getId().toString());
        fields.put("departmentId", department.toString());
        fields.put("subjectId", subject.toString());
        fields.put("degreeProgramId", degreeProgram.toString());
        fields.put("studentNumber", "T15A0099");
        fields.put("matriculation", "2015-04");
        fields.put("graduation", "2019-03");
        fields.put("leavingType", "GRADUATED");
        fields.put("postalCode", "100-0001");
        fields.put("prefecture", "東京都");
        fields.put("city", "千代田区");
        fields.put("street", "千代田1-1");
        fields.put("building", "");
        fields.put("phone", "03-1111-2222");
        fields.put("mobile", "090-1111-2222");
        fields.put("contactEmail", contactEmail);
        fields.put("intendedUse", "就職活動");
        fields.put("submissionPlace", "株式会社サンプル");
        fields.put("employerName", "");
        fields.put("employerPostalCode", "");
        fields.put("documentTypeId", documentTypeId.toString());
        return fields;
    }
}
