package jp.shomei.registration;

import jp.shomei.document.IdentityDocumentImage;

/** An application's form with its identity-document images, as it is submitted or imported. */
public record RegistrationDraft(ApplicationForm form, IdentityDocumentImage front, IdentityDocumentImage back) {
}
