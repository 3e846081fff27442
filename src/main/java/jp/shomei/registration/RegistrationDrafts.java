package jp.shomei.registration;

import java.time.Clock;
import java.util.Optional;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;
import jp.shomei.document.IdentityDocumentImage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images of open drafts, kept in the database rather than in the session, so that drafts cost the server's
 * memory nothing while they wait: at most one per side and registration (the newest upload through its URL, whichever
 * session sent it), deleted when the URL is used or expires.
 */
@Service
@Transactional
class RegistrationDrafts {

    private final DraftDocumentRepository drafts;
    private final RegistrationDocumentRepository documents;
    private final RegistrationRepository registrations;
    private final RegistrationProperties properties;
    private final Clock clock;

    RegistrationDrafts(DraftDocumentRepository drafts, RegistrationDocumentRepository documents,
            RegistrationRepository registrations, RegistrationProperties properties, Clock clock) {
        this.drafts = drafts;
        this.documents = documents;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
    }

    /** Where the form starts: empty, or the data and images last submitted when staff asked for a resubmission. */
    @Transactional(readOnly = true)
    SessionDraft starting(Registration registration) {
        if (registration.getSubmissionCount() == 0) {
            return new SessionDraft(new ApplicationForm(), null, null);
        }
        return new SessionDraft(registration.toForm(), submitted(registration, DocumentSide.FRONT),
                submitted(registration, DocumentSide.BACK));
    }

    /**
     * Keeps an accepted upload as the draft's image of that side, in place of the one before. Two "Check"s of one
     * registration at once (a double click) take turns. Images left behind by a URL whose end was missed go too:
     * an image stored longer ago than a URL lasts belongs to a URL that has ended.
     */
    DraftImage keep(Long registrationId, DocumentSide side, IdentityDocumentImage image) {
        registrations.lockById(registrationId);
        drafts.deleteStoredBefore(clock.instant().minus(properties.urlValidity()));
        drafts.deleteSide(registrationId, side);
        drafts.save(new DraftDocument(registrationId, side, image, clock.instant()));
        return DraftImage.UPLOADED;
    }

    /** Deletes the uploaded image of a side that the draft no longer has. */
    void drop(Long registrationId, DocumentSide side) {
        drafts.deleteSide(registrationId, side);
    }

    @Transactional(readOnly = true)
    Optional<IdentityDocumentImage> image(Long registrationId, SessionDraft draft, DocumentSide side) {
        DraftImage where = draft.image(side);
        if (where == null) {
            return Optional.empty();
        }
        return where == DraftImage.UPLOADED
                ? drafts.findByRegistrationIdAndSide(registrationId, side).map(DraftDocument::image)
                : documents.findByRegistrationIdAndSide(registrationId, side).map(RegistrationDocument::image);
    }

    /** The draft with its images, to submit. */
    @Transactional(readOnly = true)
    RegistrationDraft resolve(Long registrationId, SessionDraft draft) {
        return new RegistrationDraft(draft.form(), image(registrationId, draft, DocumentSide.FRONT).orElse(null),
                image(registrationId, draft, DocumentSide.BACK).orElse(null));
    }

    /** The registration's URL has been used or has expired: its draft images go. */
    void discard(Long registrationId) {
        drafts.deleteAllOf(registrationId);
    }

    private DraftImage submitted(Registration registration, DocumentSide side) {
        return documents.existsByRegistrationIdAndSide(registration.getId(), side) ? DraftImage.SUBMITTED : null;
    }
}
