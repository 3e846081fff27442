package jp.shomei.studentid;

import java.io.Serializable;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;

/**
 * What the graduate has entered so far, kept in the session between "Check" and "Application": the form and where
 * each side's image is (null: none), never the images themselves.
 *
 * @param applicationId the application the form belongs to: opened by its one-time URL, or being corrected after a
 *     resubmission request
 * @param token the one-time URL's token, used up at "Application"; null for a correction
 */
public record StudentIdDraft(Long applicationId, String token, StudentIdForm form, DraftImage front, DraftImage back)
        implements Serializable {

    DraftImage image(DocumentSide side) {
        return side == DocumentSide.FRONT ? front : back;
    }
}
