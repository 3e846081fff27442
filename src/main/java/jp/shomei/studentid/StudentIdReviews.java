package jp.shomei.studentid;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.account.StudentRecord;
import jp.shomei.document.DocumentSide;
import jp.shomei.review.ReviewDecision;
import jp.shomei.review.ReviewedApplications;
import jp.shomei.review.StaffTask;
import jp.shomei.university.LocalizedName;
import jp.shomei.university.SchoolCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student ID application as the university reviews it, in processes/student-id-review.bpmn: the new school
 * record beside the account's existing ones and the identity-document images; the decision kept with who, when
 * and why.
 */
@Service
@Transactional
public class StudentIdReviews implements ReviewedApplications {

    /** The sections of the student ID form that staff may ask to be corrected. */
    public static final List<String> SECTIONS = List.of("school", "document");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final StudentIdApplicationRepository applications;
    private final StudentIdDocumentRepository documents;
    private final StudentIdDecisionRepository decisions;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    StudentIdReviews(StudentIdApplicationRepository applications, StudentIdDocumentRepository documents,
            StudentIdDecisionRepository decisions, AccountService accounts, SchoolCatalog catalog,
            MessageSource messages, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.decisions = decisions;
        this.accounts = accounts;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return StudentIdReviewProcess.KEY;
    }

    @Override
    public String taskKey() {
        return StudentIdReviewProcess.Elements.REVIEW;
    }

    @Override
    public String bpmnResource() {
        return StudentIdReviewProcess.BPMN_RESOURCE;
    }

    @Override
    public String formResource() {
        return StudentIdReviewProcess.FORM_RESOURCE;
    }

    @Override
    public List<String> sections() {
        return SECTIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUnderReviewOf(Long applicationId, String tenantId) {
        return applications.findById(applicationId)
                .flatMap(application -> catalog.university(application.getUniversityId()))
                .map(university -> university.getCode().equals(tenantId))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> view(Long applicationId) {
        StudentIdApplication application = applications.findById(applicationId).orElseThrow();
        return StaffTask.view(locale -> view(application, locale));
    }

    @Override
    public void record(Long applicationId, ReviewDecision decision, String reason, String decidedBy,
            Set<String> sectionsToCorrect) {
        decisions.save(new StudentIdDecision(applicationId, decision, decision.needsReason() ? reason : null,
                decidedBy, clock.instant(), decision == ReviewDecision.RESUBMIT
                        ? SECTIONS.stream().filter(sectionsToCorrect::contains).collect(Collectors.joining(","))
                        : null));
    }

    @Override
    @Transactional(readOnly = true)
    public PendingReview pending(Long applicationId) {
        StudentIdApplication application = applications.findById(applicationId).orElseThrow();
        return new PendingReview(reference(application), application.getSubmittedAt(),
                application.getUniversityId());
    }

    static String reference(StudentIdApplication application) {
        return "S-" + application.getId();
    }

    private Map<String, String> view(StudentIdApplication a, Locale locale) {
        Account account = accounts.find(a.getAccountId()).orElseThrow();
        Map<String, String> view = new LinkedHashMap<>();
        view.put("reference", reference(a));
        view.put("applicationType", text("applicationType.studentId", locale));
        view.put("email", account.getEmail());
        view.put("nameKanji", account.getNameKanji());
        view.put("nameKana", account.getNameKana());
        view.put("birthDate", account.getBirthDate().format(DATE));
        view.put("existingRecords", accounts.studentRecords(account.getId()).stream()
                .map(r -> record(r, locale)).collect(Collectors.joining("\n")));
        view.put("schoolName", String.join(" / ", nonBlank(a.getSchoolNameKanji()), nonBlank(a.getSchoolNameKana()),
                nonBlank(a.getSchoolNameRoman())));
        view.put("university", name(catalog.university(a.getUniversityId()), locale));
        view.put("department", name(catalog.department(a.getDepartmentId()), locale));
        view.put("subject", name(catalog.subject(a.getSubjectId()), locale));
        view.put("degreeProgram", name(catalog.degreeProgram(a.getDegreeProgramId()), locale));
        view.put("studentNumber", a.getStudentNumber());
        view.put("matriculation", a.getMatriculation() == null ? "-" : a.getMatriculation().toString());
        view.put("graduation", a.getGraduation().toString());
        view.put("leavingType", text("leavingType." + a.getLeavingType(), locale));
        view.put("documentType", name(catalog.documentType(a.getDocumentTypeId()), locale));
        view.put("documentFront", documentUrl(a, DocumentSide.FRONT));
        view.put("documentBack", documentUrl(a, DocumentSide.BACK));
        view.put("submissionCount", String.valueOf(a.getSubmissionCount()));
        view.put("submittedAt", ReviewedApplications.SUBMITTED_AT.format(a.getSubmittedAt()));
        return view;
    }

    private String record(StudentRecord r, Locale locale) {
        return nonBlank(r.getStudentNumber()) + " / " + name(catalog.university(r.getUniversityId()), locale) + " / "
                + name(catalog.department(r.getDepartmentId()), locale) + " / "
                + name(catalog.subject(r.getSubjectId()), locale) + " / "
                + name(catalog.degreeProgram(r.getDegreeProgramId()), locale) + " / " + r.getGraduation();
    }

    private String documentUrl(StudentIdApplication a, DocumentSide side) {
        return documents.existsByApplicationIdAndSide(a.getId(), side)
                ? "/staff/student-ids/" + a.getId() + "/documents/" + side.name().toLowerCase(Locale.ROOT)
                        + "?v=" + a.getSubmissionCount()
                : "";
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String name(Optional<? extends LocalizedName> value, Locale locale) {
        return value.map(n -> n.name(locale)).orElse("-");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
