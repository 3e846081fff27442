package jp.shomei.retention;

import java.time.Instant;

/** The retention rules one kind of application applies to its own tables. */
public interface ApplicationRetention {

    /**
     * Deletes the identity-document images of the applications whose final decision (approval or rejection) was
     * made before {@code decidedBefore}, noting {@code now} as the moment; returns how many applications lost them.
     */
    int deleteDocumentImages(Instant decidedBefore, Instant now);

    /**
     * Removes the personal data (and any images left) of the applications closed without approval before
     * {@code closedBefore}; their decisions stay. Returns how many applications were anonymised.
     */
    int anonymiseClosed(Instant closedBefore, Instant now);
}
