package jp.shomei.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;
import jp.shomei.document.IdentityDocumentImage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open drafts, kept with their registration in the database rather than in the session: the form's fields and
 * where its images are, and the images themselves (at most one per side, the newest upload through its URL, whichever
 * session sent it). A draft outlives its URL by {@link RegistrationProperties#draftRetention()}, so that the new URL
 * asked for from the expired one finds it; it goes at submission, or when that time is up.
 */
@Service
@Transactional
class RegistrationDrafts {

    private final StoredDraftRepository stored;
    private final DraftDocumentRepository drafts;
    private final RegistrationDocumentRepository documents;
    private final RegistrationRepository registrations;
    private final RegistrationProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    RegistrationDrafts(StoredDraftRepository stored, DraftDocumentRepository drafts,
            RegistrationDocumentRepository documents, RegistrationRepository registrations,
            RegistrationProperties properties, ObjectMapper json, Clock clock) {
        this.stored = stored;
        this.drafts = drafts;
        this.documents = documents;
        this.registrations = registrations;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<FormDraft> find(Long registrationId) {
        return stored.findById(registrationId).map(this::toDraft);
    }

    /**
     * The draft that the form opens with, stored if it was not yet: the one kept, else empty, or the data and images
     * last submitted when staff asked for a resubmission.
     */
    FormDraft open(Registration registration, Instant urlExpiresAt) {
        Optional<FormDraft> kept = find(registration.getId());
        if (kept.isPresent()) {
            return kept.get();
        }
        FormDraft starting = registration.getSubmissionCount() == 0
                ? new FormDraft(new ApplicationForm(), null, null)
                : new FormDraft(registration.toForm(), submitted(registration, DocumentSide.FRONT),
                        submitted(registration, DocumentSide.BACK));
        save(registration.getId(), starting, urlExpiresAt);
        return starting;
    }

    /**
     * Keeps what "Check" took, until the retention after the URL's expiry. Fields too long to keep (nothing a valid
     * form has) leave the fields kept before as they were.
     */
    void save(Long registrationId, FormDraft draft, Instant urlExpiresAt) {
        Instant now = clock.instant();
        Instant keptUntil = urlExpiresAt.plus(properties.draftRetention());
        String form = serialized(draft.form());
        Optional<StoredDraft> existing = stored.findById(registrationId);
        if (existing.isPresent()) {
            existing.get().update(form.length() <= StoredDraft.MAX_FORM_LENGTH ? form : existing.get().getForm(),
                    draft.front(), draft.back(), now, keptUntil);
        } else {
            stored.save(new StoredDraft(registrationId, form.length() <= StoredDraft.MAX_FORM_LENGTH ? form
                    : serialized(new ApplicationForm()), draft.front(), draft.back(), now, keptUntil));
        }
    }

    /**
     * Keeps an accepted upload as the draft's image of that side, in place of the one before. Two "Check"s of one
     * registration at once (a double click) take turns.
     */
    DraftImage keep(Long registrationId, DocumentSide side, IdentityDocumentImage image) {
        registrations.lockById(registrationId);
        drafts.deleteSide(registrationId, side);
        drafts.save(new DraftDocument(registrationId, side, image, clock.instant()));
        return DraftImage.UPLOADED;
    }

    /** Deletes the uploaded image of a side that the draft no longer has. */
    void drop(Long registrationId, DocumentSide side) {
        drafts.deleteSide(registrationId, side);
    }

    @Transactional(readOnly = true)
    Optional<IdentityDocumentImage> image(Long registrationId, FormDraft draft, DocumentSide side) {
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
    RegistrationDraft resolve(Long registrationId, FormDraft draft) {
        return new RegistrationDraft(draft.form(), image(registrationId, draft, DocumentSide.FRONT).orElse(null),
                image(registrationId, draft, DocumentSide.BACK).orElse(null));
    }

    /**
     * A new registration for the address of an expired URL takes over its draft, images included; images of the
     * application last submitted become the new draft's own uploads. A draft whose time is up stays for the sweep.
     */
    void moveTo(Long from, Long to) {
        Optional<StoredDraft> draft = stored.findById(from).filter(kept -> kept.isKeptAt(clock.instant()));
        if (draft.isEmpty()) {
            return;
        }
        FormDraft moving = toDraft(draft.get());
        save(to, new FormDraft(moving.form(), moving.front() == null ? null : DraftImage.UPLOADED,
                moving.back() == null ? null : DraftImage.UPLOADED), clock.instant().plus(properties.urlValidity()));
        drafts.moveAll(from, to);
        for (DocumentSide side : DocumentSide.values()) {
            if (moving.image(side) == DraftImage.SUBMITTED) {
                documents.findByRegistrationIdAndSide(from, side)
                        .ifPresent(d -> drafts.save(new DraftDocument(to, side, d.image(), clock.instant())));
            }
        }
        stored.delete(draft.get());
    }

    /** The registration's URL has been used: its draft goes. */
    void discard(Long registrationId) {
        drafts.deleteAllOf(registrationId);
        stored.deleteById(registrationId);
    }

    /**
     * Deletes the drafts, and their images, kept longer than the retention after their URL expired: every minute, on
     * every node (a second node's run finds nothing left). Once a minute, rather than at each expiry or save, since
     * each run reads every draft image's row: thousands of URLs expiring at once would read them thousands of times.
     */
    @Scheduled(cron = "0 * * * * *")
    void deleteEnded() {
        Instant now = clock.instant();
        drafts.deleteWithoutLiveDraft(now);
        stored.deleteEnded(now);
    }

    private DraftImage submitted(Registration registration, DocumentSide side) {
        return documents.existsByRegistrationIdAndSide(registration.getId(), side) ? DraftImage.SUBMITTED : null;
    }

    private FormDraft toDraft(StoredDraft draft) {
        try {
            return new FormDraft(json.readValue(draft.getForm(), ApplicationForm.class), draft.getFront(),
                    draft.getBack());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The draft of registration " + draft.getRegistrationId()
                    + " cannot be read", e);
        }
    }

    private String serialized(ApplicationForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An application form is plain data", e);
        }
    }
}
