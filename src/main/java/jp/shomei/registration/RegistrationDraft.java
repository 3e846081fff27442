package jp.shomei.registration;

import java.io.Serializable;

/** What the applicant has entered so far, kept between "Check" and "Back" or "Application". */
public record RegistrationDraft(ApplicationForm form, IdentityDocumentImage front, IdentityDocumentImage back)
        implements Serializable {
}
