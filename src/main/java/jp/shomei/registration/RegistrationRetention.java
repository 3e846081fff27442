package jp.shomei.registration;

import java.time.Instant;
import java.util.List;
import jp.shomei.retention.ApplicationRetention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registrations' personal data after the decision; the decisions themselves stay as they are. */
@Service
@Transactional
class RegistrationRetention implements ApplicationRetention {

    private static final List<RegistrationStatus> FINAL = List.of(RegistrationStatus.APPROVED,
            RegistrationStatus.REJECTED);

    private static final List<RegistrationStatus> CLOSED_WITHOUT_APPROVAL = List.of(RegistrationStatus.REJECTED,
            RegistrationStatus.EXPIRED);

    private final RegistrationRepository registrations;
    private final RegistrationDocumentRepository documents;
    private final RegistrationDrafts drafts;

    RegistrationRetention(RegistrationRepository registrations, RegistrationDocumentRepository documents,
            RegistrationDrafts drafts) {
        this.registrations = registrations;
        this.documents = documents;
        this.drafts = drafts;
    }

    @Override
    public int deleteDocumentImages(Instant decidedBefore, Instant now) {
        List<Registration> decided = registrations.finallyDecidedBefore(FINAL, decidedBefore);
        for (Registration registration : decided) {
            documents.deleteAllOf(registration.getId());
            registration.documentsDeleted(now);
        }
        return decided.size();
    }

    @Override
    public int anonymiseClosed(Instant closedBefore, Instant now) {
        List<Registration> closed = registrations.closedBefore(CLOSED_WITHOUT_APPROVAL, closedBefore);
        for (Registration registration : closed) {
            documents.deleteAllOf(registration.getId());
            if (registration.getDocumentsDeletedAt() == null) {
                registration.documentsDeleted(now);
            }
            drafts.discard(registration.getId());
            registration.anonymise(now);
        }
        return closed.size();
    }
}
