package jp.shomei.registration;

import java.time.Clock;
import java.util.Set;
import jp.shomei.account.Account;
import jp.shomei.account.AccountDetails;
import jp.shomei.account.AccountService;
import jp.shomei.account.SchoolRecord;
import jp.shomei.review.ReviewDecision;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What follows from the review: the decision kept, the account opened or moved, or the wait expired. */
@Service
@Transactional
public class RegistrationDecisions {

    private final RegistrationRepository registrations;
    private final RegistrationDecisionRepository decisions;
    private final AccountService accounts;
    private final SchoolCatalog catalog;
    private final Clock clock;

    RegistrationDecisions(RegistrationRepository registrations, RegistrationDecisionRepository decisions,
            AccountService accounts, SchoolCatalog catalog, Clock clock) {
        this.registrations = registrations;
        this.decisions = decisions;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Whether the registration applies to the university whose tenant reviews it. */
    @Transactional(readOnly = true)
    public boolean isUnderReviewOf(Long registrationId, String tenantId) {
        return registrations.findById(registrationId)
                .flatMap(registration -> catalog.university(registration.getUniversityId()))
                .map(university -> university.getCode().equals(tenantId))
                .orElse(false);
    }

    public void record(Long registrationId, ReviewDecision decision, String reason, String decidedBy,
            Set<FormSection> sectionsToCorrect) {
        decisions.save(new RegistrationDecision(registrationId, decision, decision.needsReason() ? reason : null,
                decidedBy, clock.instant(),
                decision == ReviewDecision.RESUBMIT ? FormSection.join(sectionsToCorrect) : null));
    }

    public void reject(Long registrationId) {
        registrations.findById(registrationId).orElseThrow().rejected(clock.instant());
    }

    public void askForResubmission(Long registrationId) {
        registrations.findById(registrationId).orElseThrow().resubmissionRequested();
    }

    /** The wait for the form ended; the draft stays for a new URL to the same address. */
    public void expire(Long registrationId) {
        registrations.findById(registrationId).orElseThrow().expired(clock.instant());
    }

    /** Opens an account, or for a matched re-application moves the existing one to the new address; returns its id. */
    public Long approve(Long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        AccountDetails details = new AccountDetails(registration.getNameKanji(), registration.getNameKana(),
                registration.getBirthDate(), registration.getPersonal());
        SchoolRecord record = new SchoolRecord(registration.getUniversityId(), registration.getDepartmentId(),
                registration.getSubjectId(), registration.getDegreeProgramId(), registration.getStudentNumber(),
                registration.getSchoolNameKanji(), registration.getSchoolNameKana(),
                registration.getSchoolNameRoman(), registration.getMatriculation(), registration.getGraduation(),
                registration.getLeavingType().name());
        if (registration.getMatchedAccountId() != null) {
            String previousEmail = accounts.move(registration.getMatchedAccountId(), registration.getEmail(),
                    registration.getLanguage(), details, record);
            registration.approved(registration.getMatchedAccountId(), previousEmail, clock.instant());
        } else {
            Account account = accounts.open(registration.getEmail(), registration.getLanguage(), details, record);
            registration.approved(account.getId(), null, clock.instant());
        }
        return registration.getAccountId();
    }
}
