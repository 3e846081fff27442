package jp.shomei.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.shomei.account.Account;
import jp.shomei.account.AccountProperties;
import jp.shomei.account.AccountService;
import jp.shomei.account.PasswordsSetEvent;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.onetime.OneTimeToken;
import jp.shomei.onetime.OneTimeUrlCheck;
import jp.shomei.onetime.OneTimeUrls;
import jp.shomei.registration.RegistrationProcess.Variables;
import jp.shomei.review.ReviewDecision;
import jp.shomei.review.ReviewReminders;
import jp.shomei.university.SchoolCatalog;
import jp.shomei.university.University;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of the registration journey; the process engine keeps its state between the steps. */
@Service
@Transactional
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final RegistrationDocumentRepository documents;
    private final RegistrationDrafts drafts;
    private final RegistrationDecisionRepository decisions;
    private final OneTimeUrls urls;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final RuntimeService runtimeService;
    private final RegistrationProperties properties;
    private final AccountProperties accountProperties;
    private final ReviewReminders reviewReminders;
    private final UrlMailLimits mailLimits;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, RegistrationDocumentRepository documents,
            RegistrationDrafts drafts, RegistrationDecisionRepository decisions, OneTimeUrls urls,
            AccountService accounts, SchoolCatalog catalog, RuntimeService runtimeService,
            RegistrationProperties properties, AccountProperties accountProperties, ReviewReminders reviewReminders,
            UrlMailLimits mailLimits, Clock clock) {
        this.registrations = registrations;
        this.documents = documents;
        this.drafts = drafts;
        this.decisions = decisions;
        this.urls = urls;
        this.accounts = accounts;
        this.catalog = catalog;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.accountProperties = accountProperties;
        this.reviewReminders = reviewReminders;
        this.mailLimits = mailLimits;
        this.clock = clock;
    }

    /**
     * A visitor asks for a one-time URL: within the mail limits a registration starts and its process mails the URL.
     * Beyond them nothing is sent, and the visitor is answered all the same, so that nobody learns about the limits
     * of an address, or that it was asked for before. Each mail's link works on its own until it expires.
     */
    public void request(String email, Locale language, String clientAddress) {
        requested(email, language, clientAddress);
    }

    private Optional<Registration> requested(String email, Locale language, String clientAddress) {
        return mailLimits.allow(email, clientAddress) ? Optional.of(start(email, language)) : Optional.empty();
    }

    /** Starts a registration for the address; the process mails the one-time URL. */
    public Registration start(String email, Locale language) {
        Registration registration = registrations.save(new Registration(email.trim(), language, clock.instant()));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(RegistrationProcess.KEY)
                .businessKey(registration.getId().toString())
                .setVariables(startVariables(registration.getId()))
                .execute();
        registration.startedAs(instance.getId());
        return registration;
    }

    /** Whether a new application takes over the account of the same student ID's student days. */
    @Transactional(readOnly = true)
    public boolean takesOverStudentAccount(ApplicationForm form) {
        return form.getApplicationType() != ApplicationType.REAPPLICATION
                && accounts.findStudentAccount(form.getUniversityId(), form.getStudentNumber()).isPresent();
    }

    /** Takes an application that arrived already submitted (demo data): its process starts at the submission. */
    public Registration importSubmitted(String email, Locale language, RegistrationDraft draft) {
        Registration registration = registrations.save(new Registration(email, language, clock.instant()));
        registration.submit(draft.form(), properties.termsVersion(), clock.instant(), clock.instant());
        storeDocument(registration.getId(), DocumentSide.FRONT, draft.front());
        storeDocument(registration.getId(), DocumentSide.BACK, draft.back());
        University university = catalog.university(draft.form().getUniversityId()).orElseThrow();
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(RegistrationProcess.KEY)
                .businessKey(registration.getId().toString())
                .setVariables(startVariables(registration.getId()))
                .setVariables(submissionVariables(university, false))
                .startBeforeActivity(RegistrationProcess.Elements.SUBMITTED)
                .execute();
        registration.startedAs(instance.getId());
        return registration;
    }

    /** The first login's password setting ends the registration's wait for it. */
    @EventListener
    public void passwordsSet(PasswordsSetEvent event) {
        runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_PASSWORDS_SET)
                .processInstanceVariableEquals(Variables.ACCOUNT_ID, event.accountId())
                .correlateAllWithResult();
    }

    /**
     * Staff asked for a new initial password. A registration waiting for the password setting restarts its wait
     * with it; an account that none waits for (its initial password expired, or it came without a registration)
     * gets a wait of its own. Either way the process issues and mails the password, with retries.
     *
     * @return false when an initial password is already on its way (approval or re-issue not yet mailed)
     */
    public boolean requestInitialPasswordReissue(Long accountId) {
        if (!runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_INITIAL_PASSWORD_REISSUE_REQUESTED)
                .processInstanceVariableEquals(Variables.ACCOUNT_ID, accountId)
                .correlateAllWithResult().isEmpty()) {
            return true;
        }
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .variableValueEquals(Variables.ACCOUNT_ID, accountId).count() > 0) {
            return false;
        }
        MessageCorrelationBuilder start = runtimeService
                .createMessageCorrelation(RegistrationProcess.MESSAGE_INITIAL_PASSWORD_WAIT_STARTED)
                .setVariable(Variables.ACCOUNT_ID, accountId)
                .setVariable(Variables.INITIAL_PASSWORD_VALIDITY, accountProperties.initialPasswordValidity().toString());
        registrations.findFirstByAccountIdOrderByCreatedAtDesc(accountId)
                .ifPresent(registration -> start.processInstanceBusinessKey(registration.getId().toString()));
        start.correlateStartMessage();
        return true;
    }

    @Transactional(readOnly = true)
    public OneTimeUrlCheck checkUrl(String token) {
        return urls.check(token, RegistrationProcess.URL_PURPOSE);
    }

    @Transactional(readOnly = true)
    public Registration registrationOf(OneTimeToken token) {
        return registrations.findById(token.getSubjectId()).orElseThrow();
    }

    /**
     * The draft the form opens with, kept from before (also from an expired URL of the same address), else empty, or
     * the data last submitted when staff asked for a resubmission.
     */
    public FormDraft openDraft(OneTimeToken token) {
        return drafts.open(registrationOf(token), token.getExpiresAt());
    }

    /** The draft of the URL's registration, once its form was opened. */
    @Transactional(readOnly = true)
    public Optional<FormDraft> draft(OneTimeToken token) {
        return drafts.find(token.getSubjectId());
    }

    /** Keeps what "Check" took with the registration; also when the URL expired meanwhile, for a new one to find. */
    public void saveDraft(OneTimeToken token, FormDraft draft) {
        drafts.save(token.getSubjectId(), draft, token.getExpiresAt());
    }

    /** An image of the draft, while its URL is valid. */
    @Transactional(readOnly = true)
    public Optional<IdentityDocumentImage> draftImage(String token, DocumentSide side) {
        OneTimeUrlCheck check = checkUrl(token);
        if (!check.valid()) {
            return Optional.empty();
        }
        Long registrationId = check.token().getSubjectId();
        return drafts.find(registrationId).flatMap(draft -> drafts.image(registrationId, draft, side));
    }

    /** The data and images last submitted, to tell what a resubmission changed. */
    private RegistrationDraft lastSubmitted(Registration registration) {
        return new RegistrationDraft(registration.toForm(),
                documents.findByRegistrationIdAndSide(registration.getId(), DocumentSide.FRONT)
                        .map(RegistrationDocument::image).orElse(null),
                documents.findByRegistrationIdAndSide(registration.getId(), DocumentSide.BACK)
                        .map(RegistrationDocument::image).orElse(null));
    }

    /** The form sections staff asked to correct with this resubmission (keys of {@link FormSection}). */
    @Transactional(readOnly = true)
    public Set<String> sectionsToCorrect(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.RESUBMISSION_REQUESTED) {
            return Set.of();
        }
        return decisions.findFirstByRegistrationIdOrderByDecidedAtDesc(registration.getId())
                .filter(d -> d.getDecision() == ReviewDecision.RESUBMIT)
                .map(d -> FormSection.keys(d.getSectionsToCorrect()))
                .orElse(Set.of());
    }

    /** The reason staff gave when they asked for this resubmission. */
    @Transactional(readOnly = true)
    public Optional<String> resubmissionReason(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.RESUBMISSION_REQUESTED) {
            return Optional.empty();
        }
        return decisions.findFirstByRegistrationIdOrderByDecidedAtDesc(registration.getId())
                .filter(d -> d.getDecision() == ReviewDecision.RESUBMIT)
                .map(RegistrationDecision::getReason);
    }

    /**
     * Takes the application once: the token is consumed in the same transaction that stores the data and
     * tells the process, so a double click, the back button or a second tab cannot make a second one. The draft's
     * images move to the application.
     *
     * @return the registration, also when it had been submitted already with this URL
     */
    public Registration submit(String token, FormDraft formDraft, Instant termsAcceptedAt) {
        OneTimeUrlCheck check = checkUrl(token);
        if (check.outcome() == OneTimeUrlCheck.Outcome.CONSUMED) {
            return registrationOf(check.token());
        }
        if (!check.valid()) {
            throw new UrlNoLongerValidException(check.outcome());
        }
        if (!urls.consume(check.token())) {
            OneTimeUrlCheck again = checkUrl(token);
            if (again.outcome() == OneTimeUrlCheck.Outcome.CONSUMED) {
                return registrationOf(again.token());
            }
            throw new UrlNoLongerValidException(again.outcome());
        }
        Registration registration = registrationOf(check.token());
        RegistrationDraft draft = drafts.resolve(registration.getId(), formDraft);
        ApplicationForm form = draft.form();
        if (registration.getSubmissionCount() > 0) {
            registration.changed(ApplicationChanges.between(lastSubmitted(registration), draft));
        }
        registration.submit(form, properties.termsVersion(), termsAcceptedAt, clock.instant());
        storeDocument(registration.getId(), DocumentSide.FRONT, draft.front());
        storeDocument(registration.getId(), DocumentSide.BACK, draft.back());
        drafts.discard(registration.getId());
        // A re-application takes over the account it matches; a new one, the account of the same student ID's
        // student days, with its mail address and orders.
        Optional<Account> matched = registration.isReapplication()
                ? accounts.findReapplicationMatch(form.getNameKana(), form.getBirthDate(), form.getStudentNumber())
                : accounts.findStudentAccount(form.getUniversityId(), form.getStudentNumber());
        Long matchedAccount = matched.map(Account::getId).orElse(null);
        boolean moved = matched.filter(a -> !registration.getEmail().equalsIgnoreCase(a.getEmail())).isPresent();
        registration.matchedAccount(matchedAccount);
        University university = catalog.university(form.getUniversityId()).orElseThrow();
        try {
            runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_APPLICATION_SUBMITTED)
                    .processInstanceId(registration.getProcessInstanceId())
                    .setVariables(submissionVariables(university, moved))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // The wait ended (its timer fired) although the stored expiry had not quite passed.
            throw new UrlNoLongerValidException(OneTimeUrlCheck.Outcome.EXPIRED);
        }
        return registration;
    }

    /**
     * Asks, within the mail limits, for a new registration for the address of an expired URL: the address is the
     * one that received the URL, so nobody can direct mail elsewhere with it. The new registration takes over the
     * expired one's draft, which only the new URL in that address's mail opens.
     *
     * @return the address, when the URL may be renewed
     */
    public Optional<String> restartExpired(String token, String clientAddress) {
        OneTimeUrlCheck check = checkUrl(token);
        if (check.outcome() != OneTimeUrlCheck.Outcome.EXPIRED) {
            return Optional.empty();
        }
        Registration expired = registrationOf(check.token());
        if (expired.getSubmissionCount() > 0 && expired.getStatus() != RegistrationStatus.EXPIRED) {
            return Optional.empty();
        }
        requested(expired.getEmail(), expired.locale(), clientAddress)
                .ifPresent(renewed -> drafts.moveTo(expired.getId(), renewed.getId()));
        return Optional.of(expired.getEmail());
    }

    @Transactional(readOnly = true)
    public Optional<Long> universityOf(Long registrationId) {
        return registrations.findById(registrationId).map(Registration::getUniversityId);
    }

    /** When the registration's identity-document images were deleted, if they were. */
    @Transactional(readOnly = true)
    public Optional<Instant> documentsDeletedAt(Long registrationId) {
        return registrations.findById(registrationId).map(Registration::getDocumentsDeletedAt);
    }

    @Transactional(readOnly = true)
    public Optional<IdentityDocumentImage> document(Long registrationId, DocumentSide side) {
        return documents.findByRegistrationIdAndSide(registrationId, side).map(RegistrationDocument::image);
    }

    private void storeDocument(Long registrationId, DocumentSide side, IdentityDocumentImage image) {
        Optional<RegistrationDocument> stored = documents.findByRegistrationIdAndSide(registrationId, side);
        if (image == null) {
            stored.ifPresent(documents::delete);
        } else if (stored.isPresent()) {
            stored.get().replaceWith(image);
        } else {
            documents.save(new RegistrationDocument(registrationId, side, image));
        }
    }

    private VariableMap startVariables(Long registrationId) {
        return RegistrationProcess.startVariables(registrationId, properties.urlValidity(),
                accountProperties.initialPasswordValidity());
    }

    private VariableMap submissionVariables(University university, boolean moved) {
        return RegistrationProcess.submissionVariables(university.getStaffGroup(), university.getCode(), moved,
                reviewReminders.dueFromNow());
    }
}
