package jp.shomei.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.shomei.document.DraftImage;

/** A registration's draft as stored: the form's fields as JSON, where its images are, and until when it is kept. */
@Entity
@Table(name = "registration_draft")
class StoredDraft {

    /** The longest form (as JSON) that is kept; a valid form is a small fraction of it. */
    static final int MAX_FORM_LENGTH = 100_000;

    @Id
    private Long registrationId;

    private String form;

    @Enumerated(EnumType.STRING)
    private DraftImage front;

    @Enumerated(EnumType.STRING)
    private DraftImage back;

    private Instant savedAt;

    private Instant keptUntil;

    protected StoredDraft() {
    }

    StoredDraft(Long registrationId, String form, DraftImage front, DraftImage back, Instant savedAt,
            Instant keptUntil) {
        this.registrationId = registrationId;
        update(form, front, back, savedAt, keptUntil);
    }

    void update(String form, DraftImage front, DraftImage back, Instant savedAt, Instant keptUntil) {
        this.form = form;
        this.front = front;
        this.back = back;
        this.savedAt = savedAt;
        this.keptUntil = keptUntil;
    }

    /** Whether the draft is still kept at that time, as {@link StoredDraftRepository#deleteEnded} counts it. */
    boolean isKeptAt(Instant now) {
        return keptUntil.isAfter(now);
    }

    Long getRegistrationId() {
        return registrationId;
    }

    String getForm() {
        return form;
    }

    DraftImage getFront() {
        return front;
    }

    DraftImage getBack() {
        return back;
    }
}
