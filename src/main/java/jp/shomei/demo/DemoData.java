package jp.shomei.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountService;
import jp.shomei.account.PersonalDetails;
import jp.shomei.account.SchoolRecord;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.monitoring.MonitoringSecurityConfig;
import jp.shomei.order.CertificateType;
import jp.shomei.order.CertificateTypeRepository;
import jp.shomei.order.StudentStatus;
import jp.shomei.registration.ApplicationForm;
import jp.shomei.registration.ApplicationType;
import jp.shomei.registration.LeavingType;
import jp.shomei.registration.RegistrationDraft;
import jp.shomei.registration.RegistrationService;
import jp.shomei.review.ReviewTenants;
import jp.shomei.staff.StaffAuthorizations;
import jp.shomei.university.DegreeProgram;
import jp.shomei.university.DegreeProgramRepository;
import jp.shomei.university.Department;
import jp.shomei.university.DepartmentRepository;
import jp.shomei.university.IdentityDocumentType;
import jp.shomei.university.IdentityDocumentTypeRepository;
import jp.shomei.university.Subject;
import jp.shomei.university.SubjectRepository;
import jp.shomei.university.University;
import jp.shomei.university.UniversityRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default run's demo world: two universities, their staff in Tasklist, an approved graduate with two student
 * IDs and a graduate whose application waits for review, and each university's certificate catalogue. Created once;
 * the README lists the credentials.
 */
@Component
@ConditionalOnProperty(name = "shomei.demo.enabled", havingValue = "true")
class DemoData {

    static final String GRADUATE_EMAIL = "yamada.taro@example.jp";
    static final String GRADUATE_PASSWORD = "Graduate-Demo-2026";
    static final String GRADUATE_SECOND_PASSWORD = "Second-Demo-2026";
    static final String APPLICANT_EMAIL = "sato.hanako@example.jp";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UniversityRepository universities;
    private final DepartmentRepository departments;
    private final SubjectRepository subjects;
    private final DegreeProgramRepository degreePrograms;
    private final IdentityDocumentTypeRepository documentTypes;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final IdentityService identityService;
    private final ReviewTenants reviewTenants;
    private final CertificateTypeRepository certificateTypes;

    DemoData(UniversityRepository universities, DepartmentRepository departments, SubjectRepository subjects,
            DegreeProgramRepository degreePrograms, IdentityDocumentTypeRepository documentTypes,
            AccountService accounts, RegistrationService registrations, IdentityService identityService,
            ReviewTenants reviewTenants, CertificateTypeRepository certificateTypes) {
        this.universities = universities;
        this.departments = departments;
        this.subjects = subjects;
        this.degreePrograms = degreePrograms;
        this.documentTypes = documentTypes;
        this.accounts = accounts;
        this.registrations = registrations;
        this.identityService = identityService;
        this.reviewTenants = reviewTenants;
        this.certificateTypes = certificateTypes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void create() {
        if (universities.findByCode("toto").isEmpty()) {
            createWorld();
        }
        // Also for a data directory made before the catalogue existed.
        universities.findByCode("toto").ifPresent(toto -> certificateTypes(toto, true));
        universities.findByCode("saikyo").ifPresent(saikyo -> certificateTypes(saikyo, false));
    }

    private void createWorld() {
        University toto = universities.save(new University("toto", "東都大学", "Toto University", "staff-toto"));
        Department letters = departments.save(new Department(toto.getId(), "文学部", "Faculty of Letters", 1));
        Subject japaneseLiterature = subjects.save(new Subject(letters.getId(), "日本文学科", "Japanese Literature", 1));
        subjects.save(new Subject(letters.getId(), "史学科", "History", 2));
        Department engineering = departments.save(new Department(toto.getId(), "工学部", "Faculty of Engineering", 2));
        Subject informatics = subjects.save(new Subject(engineering.getId(), "情報工学科", "Computer Science", 1));
        subjects.save(new Subject(engineering.getId(), "機械工学科", "Mechanical Engineering", 2));
        Department graduateSchool = departments.save(new Department(toto.getId(), "大学院理工学研究科",
                "Graduate School of Science and Engineering", 3));
        Subject informationScience = subjects.save(new Subject(graduateSchool.getId(), "情報科学専攻",
                "Information Science", 1));
        DegreeProgram bachelor = degreePrograms.save(new DegreeProgram(toto.getId(), "学士課程", "Bachelor's program", 1));
        DegreeProgram master = degreePrograms.save(new DegreeProgram(toto.getId(), "修士課程", "Master's program", 2));
        degreePrograms.save(new DegreeProgram(toto.getId(), "博士課程", "Doctoral program", 3));
        IdentityDocumentType totoLicense = documentTypes(toto, true);

        University saikyo = universities.save(new University("saikyo", "西京大学", "Saikyo University", "staff-saikyo"));
        Department economics = departments.save(new Department(saikyo.getId(), "経済学部", "Faculty of Economics", 1));
        subjects.save(new Subject(economics.getId(), "経済学科", "Economics", 1));
        subjects.save(new Subject(economics.getId(), "経営学科", "Business Administration", 2));
        Department law = departments.save(new Department(saikyo.getId(), "法学部", "Faculty of Law", 2));
        subjects.save(new Subject(law.getId(), "法律学科", "Law", 1));
        Department education = departments.save(new Department(saikyo.getId(), "教育学部", "Faculty of Education", 3));
        subjects.save(new Subject(education.getId(), "初等教育学科", "Elementary Education", 1));
        degreePrograms.save(new DegreeProgram(saikyo.getId(), "学部", "Undergraduate", 1));
        degreePrograms.save(new DegreeProgram(saikyo.getId(), "大学院修士課程", "Graduate school (master's)", 2));
        degreePrograms.save(new DegreeProgram(saikyo.getId(), "短期大学部", "Junior college", 3));
        // Since December 2025 many universities no longer take the old health insurance card.
        documentTypes(saikyo, false);

        staff("toto-staff", "花子", "田中", "staff-toto", "東都大学 証明書担当 / Toto University staff");
        staff("saikyo-staff", "一郎", "鈴木", "staff-saikyo", "西京大学 証明書担当 / Saikyo University staff");
        staff("analyst", "美咲", "小林", StaffAuthorizations.ANALYSTS, "分析担当 / Analysts");
        staff("toto-manager", "健", "高橋", toto.getManagerGroup(), "東都大学 管理者 / Toto University managers");
        staff("monitor", "健", "森", MonitoringSecurityConfig.GROUP, "監視 / Monitoring");

        Account graduate = accounts.open(GRADUATE_EMAIL, "ja",
                new AccountDetails("山田 太郎", "ヤマダ タロウ", LocalDate.of(1990, 5, 15), new PersonalDetails(
                        "100-0001", "東京都", "千代田区", "千代田1-1", "シティハイツ101", "03-1234-5678",
                        "090-1234-5678", GRADUATE_EMAIL, "就職活動", "株式会社サンプル人事部", "株式会社サンプル",
                        "100-0005")),
                new SchoolRecord(toto.getId(), engineering.getId(), informatics.getId(), bachelor.getId(), "T09A1234",
                        "山田 太郎", "ヤマダ タロウ", "Yamada Taro", YearMonth.of(2009, 4), YearMonth.of(2013, 3),
                        LeavingType.GRADUATED.name()));
        accounts.addStudentRecord(graduate.getId(), new SchoolRecord(toto.getId(), graduateSchool.getId(),
                informationScience.getId(), master.getId(), "T13M0567", "山田 太郎", "ヤマダ タロウ", "Yamada Taro",
                YearMonth.of(2013, 4), YearMonth.of(2015, 3), LeavingType.GRADUATED.name()));
        accounts.setPasswords(graduate.getId(), GRADUATE_PASSWORD, GRADUATE_SECOND_PASSWORD);

        reviewTenants.deployReviews();
        ApplicationForm form = new ApplicationForm();
        form.setApplicationType(ApplicationType.NEW);
        form.setNameKanji("佐藤 花子");
        form.setNameKana("サトウ ハナコ");
        form.setBirthDate(LocalDate.of(1995, 11, 3));
        form.setSchoolNameKanji("佐藤 花子");
        form.setSchoolNameKana("サトウ ハナコ");
        form.setSchoolNameRoman("Sato Hanako");
        form.setUniversityId(toto.getId());
        form.setDepartmentId(letters.getId());
        form.setSubjectId(japaneseLiterature.getId());
        form.setDegreeProgramId(bachelor.getId());
        form.setStudentNumber("T14A0042");
        form.setMatriculation(YearMonth.of(2014, 4));
        form.setGraduation(YearMonth.of(2018, 3));
        form.setLeavingType(LeavingType.GRADUATED);
        form.setPostalCode("530-0001");
        form.setPrefecture("大阪府");
        form.setCity("大阪市北区");
        form.setStreet("梅田1-2-3");
        form.setPhone("06-1234-5678");
        form.setMobile("080-1234-5678");
        form.setContactEmail(APPLICANT_EMAIL);
        form.setIntendedUse("就職活動");
        form.setSubmissionPlace("株式会社サンプル人事部");
        form.setDocumentTypeId(totoLicense.getId());
        registrations.importSubmitted(APPLICANT_EMAIL, Locale.JAPANESE,
                new RegistrationDraft(form, demoDocument("DRIVER'S LICENSE (FRONT) - DEMO"),
                        demoDocument("DRIVER'S LICENSE (BACK) - DEMO")));
        log.info("Demo data created: universities toto and saikyo, staff toto-staff / saikyo-staff, graduate {}",
                GRADUATE_EMAIL);
    }

    /**
     * The certificates of a university: Japanese versions printable at a store, English ones by post only; the
     * enrolled students' two are in the catalogue already, orderable once current students can order.
     */
    private void certificateTypes(University university, boolean graduateSchool) {
        if (certificateTypes.existsByUniversityId(university.getId())) {
            return;
        }
        Long id = university.getId();
        Set<StudentStatus> graduates = EnumSet.of(StudentStatus.GRADUATED);
        Set<StudentStatus> leavers = EnumSet.of(StudentStatus.GRADUATED, StudentStatus.WITHDRAWN,
                StudentStatus.EXPELLED);
        Set<StudentStatus> enrolled = EnumSet.of(StudentStatus.ENROLLED);
        int order = 0;
        certificateTypes.save(new CertificateType(id, "graduation-ja", "卒業証明書", "Certificate of Graduation (Japanese)",
                "ja", graduates, ++order));
        certificateTypes.save(new CertificateType(id, "graduation-en", "卒業証明書（英文）",
                "Certificate of Graduation (English)", "en", graduates, ++order));
        certificateTypes.save(new CertificateType(id, "transcript-ja", "成績証明書", "Transcript (Japanese)", "ja",
                leavers, ++order));
        certificateTypes.save(new CertificateType(id, "transcript-en", "成績証明書（英文）", "Transcript (English)", "en",
                leavers, ++order));
        if (graduateSchool) {
            certificateTypes.save(new CertificateType(id, "completion-ja", "修了証明書", "Certificate of Completion",
                    "ja", graduates, ++order));
        }
        CertificateType degree = new CertificateType(id, "degree-ja", "学位授与証明書", "Certificate of Degree Conferral",
                "ja", graduates, ++order);
        // Saikyo issues it only to those who entered from 2000 on; older records are kept on paper.
        certificateTypes.save(graduateSchool ? degree : degree.entryYears(2000, null));
        certificateTypes.save(new CertificateType(id, "enrollment-ja", "在学証明書", "Certificate of Enrollment", "ja",
                enrolled, ++order));
        certificateTypes.save(new CertificateType(id, "expected-graduation-ja", "卒業見込証明書",
                "Certificate of Expected Graduation", "ja", enrolled, ++order).finalYearOnly());
    }

    /** The manual's four document types and the My Number card (front only); returns the driver's license. */
    private IdentityDocumentType documentTypes(University university, boolean insuranceCardAccepted) {
        IdentityDocumentType license = documentTypes.save(new IdentityDocumentType(university.getId(), "drivers-license",
                "運転免許証", "Driver's license", true, true, 1));
        documentTypes.save(new IdentityDocumentType(university.getId(), "passport", "パスポート", "Passport", true, true, 2));
        documentTypes.save(new IdentityDocumentType(university.getId(), "insurance-card", "健康保険証", "Insurance card",
                true, insuranceCardAccepted, 3));
        documentTypes.save(new IdentityDocumentType(university.getId(), "family-register", "戸籍謄本",
                "Certificate of family register", true, true, 4));
        documentTypes.save(new IdentityDocumentType(university.getId(), "my-number-card", "マイナンバーカード（表面のみ）",
                "My Number card (front only)", false, true, 5));
        return license;
    }

    private void staff(String userId, String firstName, String lastName, String groupId, String groupName) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupName);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(userId + "@shomei.example");
            user.setPassword(DemoCredentials.ENGINE_USERS.get(userId));
            identityService.saveUser(user);
            identityService.createMembership(userId, groupId);
        }
    }

    private static IdentityDocumentImage demoDocument(String title) {
        int width = 856;
        int height = 540;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xE8F1E4));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x2F5D3A));
            g.setStroke(new BasicStroke(8));
            g.drawRoundRect(12, 12, width - 24, height - 24, 32, 32);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
            g.drawString(title, 48, 90);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            List<String> lines = List.of("NAME  SATO HANAKO", "BORN  1995-11-03", "ADDRESS  OSAKA, KITA-KU, UMEDA 1-2-3",
                    "SAMPLE - NOT A REAL DOCUMENT");
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), 48, 180 + i * 60);
            }
            g.setColor(new Color(0xB8C9B0));
            g.fillRect(width - 250, 140, 190, 240);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IdentityDocumentImage("image/png", width, height, png.toByteArray());
    }
}
