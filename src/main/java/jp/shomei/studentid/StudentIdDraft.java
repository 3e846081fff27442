package jp.shomei.studentid;

import java.io.Serializable;
import jp.shomei.registration.DocumentSide;
import jp.shomei.registration.DraftImage;

/**
 * What the graduate has entered so far, kept in the session between "Check" and "Application": the form and where
 * each side's image is (null: none), never the images themselves.
 *
 * @param applicationId the application being corrected after a resubmission request, or null for a new one
 */
public record StudentIdDraft(Long applicationId, StudentIdForm form, DraftImage front, DraftImage back)
        implements Serializable {

    DraftImage image(DocumentSide side) {
        return side == DocumentSide.FRONT ? front : back;
    }
}
