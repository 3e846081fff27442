package jp.shomei.registration;

import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;

/**
 * What the applicant has entered so far, kept with the registration between "Check" and "Back" or "Application",
 * and beyond an expired URL: the form, and where each side's image is (null: none). Never the images themselves.
 */
public record FormDraft(ApplicationForm form, DraftImage front, DraftImage back) {

    DraftImage image(DocumentSide side) {
        return side == DocumentSide.FRONT ? front : back;
    }
}
