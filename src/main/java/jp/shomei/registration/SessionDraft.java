package jp.shomei.registration;

import java.io.Serializable;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;

/**
 * What the applicant has entered so far, kept in the session between "Check" and "Back" or "Application": the form,
 * and where each side's image is (null: none). Never the images themselves, which can be megabytes each.
 */
public record SessionDraft(ApplicationForm form, DraftImage front, DraftImage back) implements Serializable {

    DraftImage image(DocumentSide side) {
        return side == DocumentSide.FRONT ? front : back;
    }
}
