package jp.shomei.studentid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shomei.account.AccountService;
import jp.shomei.document.DocumentRejectedException;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.document.IdentityDocumentInspector;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.SchoolRecordRules;
import jp.shomei.registration.UrlMailLimits;
import jp.shomei.review.ReviewReminders;
import jp.shomei.studentid.AddStudentIdProcess.Variables;
import jp.shomei.university.IdentityDocumentType;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adding a student ID to a signed-in graduate's account (manual 2.3): "Send" mails a one-time URL that opens the
 * form for that account only (a newer "Send" replaces the application still waiting for its form), the form checked with the registration's
 * school-record rules and image checks, the application started or corrected, and what the process decides. A
 * student ID (university and number) belongs to one account at most: it is refused at application while an account
 * has it or another application for it is open, and checked again at approval.
 */
@Service
@Transactional
public class StudentIds {

    private static final Set<StudentIdStatus> OPEN = Set.of(StudentIdStatus.UNDER_REVIEW,
            StudentIdStatus.RESUBMISSION_REQUESTED);

    private final StudentIdApplicationRepository applications;
    private final StudentIdDocumentRepository documents;
    private final StudentIdDraftDocumentRepository drafts;
    private final StudentIdDecisionRepository decisions;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final SchoolRecordRules schoolRecordRules;
    private final IdentityDocumentInspector inspector;
    private final RuntimeService runtimeService;
    private final ReviewReminders reviewReminders;
    private final StudentIdProperties properties;
    private final OneTimeUrls urls;
    private final UrlMailLimits mailLimits;
    private final Clock clock;

    StudentIds(StudentIdApplicationRepository applications, StudentIdDocumentRepository documents,
            StudentIdDraftDocumentRepository drafts, StudentIdDecisionRepository decisions, AccountService accounts,
            SchoolCatalog catalog, SchoolRecordRules schoolRecordRules, IdentityDocumentInspector inspector,
            RuntimeService runtimeService, ReviewReminders reviewReminders, StudentIdProperties properties,
            OneTimeUrls urls, UrlMailLimits mailLimits, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.drafts = drafts;
        this.decisions = decisions;
        this.accounts = accounts;
        this.catalog = catalog;
        this.schoolRecordRules = schoolRecordRules;
        this.inspector = inspector;
        this.runtimeService = runtimeService;
        this.reviewReminders = reviewReminders;
        this.properties = properties;
        this.urls = urls;
        this.mailLimits = mailLimits;
        this.clock = clock;
    }

    /**
     * "Send": a new application whose process mails the one-time URL. The account's application still waiting for
     * its form is replaced, so that only the newest mail's URL opens the form. Returns until when the URL is valid,
     * or nothing when the account asked too often (a flood of mails, even to one's own address).
     */
    @Retryable(retryFor = OptimisticLockingException.class, maxAttempts = 4,
            backoff = @Backoff(delay = 50, multiplier = 2))
    public Optional<Instant> requestUrl(Long accountId, String email) {
        if (!mailLimits.allowForAccount(AddStudentIdProcess.URL_PURPOSE, email)) {
            return Optional.empty();
        }
        for (StudentIdApplication earlier : applications.findByAccountIdAndStatus(accountId, StudentIdStatus.URL_SENT)) {
            earlier.close(StudentIdStatus.REPLACED, clock.instant());
            runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_REPLACED)
                    .processInstanceBusinessKey(earlier.getId().toString())
                    .correlateAll();
        }
        Instant now = clock.instant();
        StudentIdApplication application = applications.save(new StudentIdApplication(accountId, now));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(AddStudentIdProcess.KEY)
                .businessKey(application.getId().toString())
                .setVariable(Variables.APPLICATION_ID, application.getId())
                .setVariable(Variables.URL_VALIDITY, properties.urlValidity().toString())
                .setVariable(Variables.RESUBMISSION_WAIT, properties.resubmissionWait().toString())
                .execute();
        application.started(instance.getId());
        return Optional.of(now.plus(properties.urlValidity()));
    }

    /**
     * The one-time URL opened by a signed-in graduate: an empty form for the application it was mailed for, or why
     * not. Nothing is used up yet; images of an earlier draft that was never applied for go.
     */
    public FormAccess openForm(String token, Long accountId) {
        OneTimeUrlCheck check = urls.check(token, AddStudentIdProcess.URL_PURPOSE);
        Optional<UrlProblem> problem = problem(check, accountId);
        if (problem.isPresent()) {
            return new FormAccess(problem, null);
        }
        drafts.deleteAllOf(accountId);
        return new FormAccess(problem,
                new StudentIdDraft(check.token().getSubjectId(), token, new StudentIdForm(), null, null));
    }

    /** The application staff asked to correct, with its images, for the form; images of an older draft go. */
    public Optional<StudentIdDraft> startCorrection(Long accountId) {
        return awaitingCorrection(accountId).map(a -> {
            drafts.deleteAllOf(accountId);
            return new StudentIdDraft(a.getId(), null, a.toForm(), submitted(a.getId(), DocumentSide.FRONT),
                    submitted(a.getId(), DocumentSide.BACK));
        });
    }

    /** Another account's URL is refused before anything about it is told; the status gates it as well as the token. */
    private Optional<UrlProblem> problem(OneTimeUrlCheck check, Long accountId) {
        if (check.outcome() == OneTimeUrlCheck.Outcome.UNKNOWN) {
            return Optional.of(UrlProblem.UNKNOWN);
        }
        Optional<StudentIdApplication> application = applications.findById(check.token().getSubjectId());
        if (application.isEmpty()) {
            return Optional.of(UrlProblem.UNKNOWN);
        }
        if (!application.get().getAccountId().equals(accountId)) {
            return Optional.of(UrlProblem.OTHER_ACCOUNT);
        }
        StudentIdStatus status = application.get().getStatus();
        if (check.outcome() == OneTimeUrlCheck.Outcome.CONSUMED) {
            return Optional.of(UrlProblem.CONSUMED);
        }
        if (status == StudentIdStatus.REPLACED) {
            return Optional.of(UrlProblem.REPLACED);
        }
        if (check.outcome() == OneTimeUrlCheck.Outcome.EXPIRED || status == StudentIdStatus.EXPIRED) {
            return Optional.of(UrlProblem.EXPIRED);
        }
        return status == StudentIdStatus.URL_SENT ? Optional.empty() : Optional.of(UrlProblem.CONSUMED);
    }

    @Transactional(readOnly = true)
    public Optional<StudentIdApplication> awaitingCorrection(Long accountId) {
        return applications.findFirstByAccountIdAndStatusOrderByCreatedAtDesc(accountId,
                StudentIdStatus.RESUBMISSION_REQUESTED);
    }

    /** The form and its images together; whatever is wrong, the values and every accepted image are kept. */
    public Outcome check(Long accountId, StudentIdDraft previous, StudentIdForm form, Errors errors,
            MultipartFile frontImage, MultipartFile backImage, boolean removeBack) {
        schoolRecordRules.validate(form, errors);
        if (!errors.hasFieldErrors("universityId") && !errors.hasFieldErrors("studentNumber")
                && form.getUniversityId() != null && form.getStudentNumber() != null
                && !available(form.getUniversityId(), form.getStudentNumber(), previous.applicationId())) {
            errors.reject("studentId.notAvailable");
        }
        boolean backAllowed = catalog.documentType(form.getDocumentTypeId())
                .map(IdentityDocumentType::isBackSideAllowed).orElse(true);
        DraftImage front = previous.front();
        DraftImage back = removeBack || !backAllowed ? null : previous.back();
        DocumentRejectedException frontError = null;
        DocumentRejectedException backError = null;
        try {
            if (chosen(frontImage)) {
                front = keep(accountId, DocumentSide.FRONT, inspector.inspect(frontImage));
            }
        } catch (DocumentRejectedException e) {
            frontError = e;
        }
        try {
            if (chosen(backImage)) {
                IdentityDocumentImage image = inspector.inspect(backImage);
                // A back side that this document type must never show is checked, but not kept.
                if (backAllowed) {
                    back = keep(accountId, DocumentSide.BACK, image);
                }
            }
        } catch (DocumentRejectedException e) {
            backError = e;
        }
        if (back == null && previous.back() == DraftImage.UPLOADED) {
            drafts.deleteSide(accountId, DocumentSide.BACK);
        }
        StudentIdDraft draft = new StudentIdDraft(previous.applicationId(), previous.token(), form, front, back);
        return new Outcome(draft, frontError, backError, front == null && frontError == null,
                !errors.hasErrors() && front != null && frontError == null && backError == null);
    }

    /**
     * Applies: the form opened by the one-time URL uses the URL up and goes to review; a corrected one replaces the
     * values and images of the one staff sent back, and goes back to review. Returns the application's id.
     *
     * @throws StudentIdUrlException when the URL expired, was replaced or used meanwhile
     */
    public Long apply(Long accountId, StudentIdDraft draft) {
        StudentIdForm form = draft.form();
        if (!available(form.getUniversityId(), form.getStudentNumber(), draft.applicationId())) {
            throw new StudentIdNotAvailableException();
        }
        IdentityDocumentImage front = image(accountId, draft, DocumentSide.FRONT).orElseThrow();
        Optional<IdentityDocumentImage> back = image(accountId, draft, DocumentSide.BACK);
        University university = catalog.university(form.getUniversityId()).orElseThrow();
        StudentIdApplication application;
        if (draft.token() != null) {
            OneTimeUrlCheck check = urls.check(draft.token(), AddStudentIdProcess.URL_PURPOSE);
            Optional<UrlProblem> problem = problem(check, accountId);
            if (problem.isPresent()) {
                throw new StudentIdUrlException(problem.get());
            }
            if (!urls.consume(check.token())) {
                throw new StudentIdUrlException(UrlProblem.CONSUMED);
            }
            application = applications.findById(draft.applicationId()).orElseThrow();
            application.take(form, clock.instant());
        } else {
            application = awaitingCorrection(accountId).filter(a -> a.getId().equals(draft.applicationId()))
                    .orElseThrow(StudentIdNotAvailableException::new);
            if (!application.getUniversityId().equals(form.getUniversityId())) {
                // The review runs in the first university's tenant: another university needs an application of its own.
                throw new StudentIdNotAvailableException();
            }
            application.take(form, clock.instant());
            documents.deleteAllOf(application.getId());
            documents.flush();
        }
        documents.save(new StudentIdDocument(application.getId(), DocumentSide.FRONT, front));
        back.ifPresent(image -> documents.save(new StudentIdDocument(application.getId(), DocumentSide.BACK, image)));
        drafts.deleteAllOf(accountId);
        Map<String, Object> variables = Map.of(
                Variables.REVIEWER_GROUP, university.getStaffGroup(),
                Variables.REVIEW_REMINDER_AT, reviewReminders.dueFromNow());
        if (application.getSubmissionCount() == 1) {
            runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_FORM_SUBMITTED)
                    .processInstanceBusinessKey(application.getId().toString())
                    .setVariable(Variables.TENANT_ID, university.getCode())
                    .setVariables(variables)
                    .correlate();
        } else {
            runtimeService.createMessageCorrelation(AddStudentIdProcess.MESSAGE_RESUBMITTED)
                    .processInstanceBusinessKey(application.getId().toString())
                    .setVariables(variables)
                    .correlate();
        }
        return application.getId();
    }

    /** The approval: the student ID joins the account, unless an account has it by now. */
    public boolean addStudentRecord(Long applicationId) {
        StudentIdApplication application = applications.findById(applicationId).orElseThrow();
        if (accounts.studentIdTaken(application.getUniversityId(), application.getStudentNumber())) {
            application.close(StudentIdStatus.ALREADY_REGISTERED, clock.instant());
            return false;
        }
        application.approved(accounts.addStudentRecord(application.getAccountId(), application.schoolRecord()),
                clock.instant());
        return true;
    }

    public void markRejected(Long applicationId) {
        applications.findById(applicationId).orElseThrow().close(StudentIdStatus.REJECTED, clock.instant());
    }

    public void markResubmissionRequested(Long applicationId) {
        applications.findById(applicationId).orElseThrow().setStatus(StudentIdStatus.RESUBMISSION_REQUESTED);
    }

    public void markExpired(Long applicationId) {
        applications.findById(applicationId).orElseThrow().close(StudentIdStatus.EXPIRED, clock.instant());
    }

    /** The latest decision on an application, for the form that the graduate corrects. */
    @Transactional(readOnly = true)
    public Optional<StudentIdDecision> lastDecision(Long applicationId) {
        return decisions.findFirstByApplicationIdOrderByDecidedAtDescIdDesc(applicationId);
    }

    @Transactional(readOnly = true)
    public List<StudentIdApplication> applicationsOf(Long accountId) {
        return applications.findByAccountIdOrderByCreatedAtAsc(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<StudentIdApplication> find(Long applicationId) {
        return applications.findById(applicationId);
    }

    /** An image of the graduate's draft, for the preview: a new upload or the one last applied with. */
    @Transactional(readOnly = true)
    public Optional<IdentityDocumentImage> image(Long accountId, StudentIdDraft draft, DocumentSide side) {
        DraftImage where = draft.image(side);
        if (where == null) {
            return Optional.empty();
        }
        return where == DraftImage.UPLOADED
                ? drafts.findByAccountIdAndSide(accountId, side).map(StudentIdDraftDocument::image)
                : Optional.ofNullable(draft.applicationId()).flatMap(id -> document(id, side));
    }

    @Transactional(readOnly = true)
    public Optional<IdentityDocumentImage> document(Long applicationId, DocumentSide side) {
        return documents.findByApplicationIdAndSide(applicationId, side).map(StudentIdDocument::image);
    }

    /** Neither an account nor another open application has this student ID. */
    private boolean available(Long universityId, String studentNumber, Long applicationId) {
        return !accounts.studentIdTaken(universityId, studentNumber)
                && !applications.existsByUniversityIdAndStudentNumberIgnoreCaseAndStatusInAndIdNot(universityId,
                        studentNumber, OPEN, applicationId == null ? -1L : applicationId);
    }

    private DraftImage keep(Long accountId, DocumentSide side, IdentityDocumentImage image) {
        drafts.deleteSide(accountId, side);
        drafts.flush();
        drafts.save(new StudentIdDraftDocument(accountId, side, image, clock.instant()));
        return DraftImage.UPLOADED;
    }

    private DraftImage submitted(Long applicationId, DocumentSide side) {
        return documents.existsByApplicationIdAndSide(applicationId, side) ? DraftImage.SUBMITTED : null;
    }

    private static boolean chosen(MultipartFile file) {
        return file != null && StringUtils.hasText(file.getOriginalFilename());
    }

    /** Why a one-time URL does not open the form. */
    public enum UrlProblem {
        EXPIRED, CONSUMED, REPLACED, UNKNOWN, OTHER_ACCOUNT
    }

    /** The form a one-time URL opened, or why it did not. */
    public record FormAccess(Optional<UrlProblem> problem, StudentIdDraft draft) {
    }

    /** The draft to keep, and what is wrong with the images. */
    public record Outcome(StudentIdDraft draft, DocumentRejectedException frontError,
            DocumentRejectedException backError, boolean frontMissing, boolean complete) {
    }
}
