package jp.shomei.registration;

import jp.shomei.account.AccountService;
import jp.shomei.document.DocumentRejectedException;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DraftImage;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.document.IdentityDocumentInspector;
import jp.shomei.university.IdentityDocumentType;
import jp.shomei.university.SchoolCatalog;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The "Check" step of the applicant form: the whole form and the identity-document images together. Whatever
 * is wrong, the entered values and every accepted image are kept: the values in the returned draft, the images with
 * the registration's draft in the database.
 */
@Service
class ApplicationChecks {

    private final ApplicationFormValidator formValidator;
    private final IdentityDocumentInspector inspector;
    private final RegistrationDrafts drafts;
    private final SchoolCatalog catalog;
    private final AccountService accounts;

    ApplicationChecks(ApplicationFormValidator formValidator, IdentityDocumentInspector inspector,
            RegistrationDrafts drafts, SchoolCatalog catalog, AccountService accounts) {
        this.formValidator = formValidator;
        this.inspector = inspector;
        this.drafts = drafts;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    /**
     * @param errors the field errors of the form so far (from its annotations); the rules across fields are added
     */
    Outcome check(Registration registration, FormDraft previous, ApplicationForm form, Errors errors,
            MultipartFile frontImage, MultipartFile backImage, boolean removeBack) {
        formValidator.validate(form, errors);
        // A former student's own address stays theirs: the graduate account takes over their student account.
        if (accounts.emailTaken(registration.getEmail()) && accounts.findStudentAccount(form.getUniversityId(),
                form.getStudentNumber()).filter(a -> registration.getEmail().equalsIgnoreCase(a.getEmail())).isEmpty()) {
            errors.reject("registration.addressAlreadyRegistered");
        }
        boolean backAllowed = catalog.documentType(form.getDocumentTypeId())
                .map(IdentityDocumentType::isBackSideAllowed).orElse(true);
        DraftImage front = previous.front();
        DraftImage back = removeBack || !backAllowed ? null : previous.back();
        DocumentRejectedException frontError = null;
        DocumentRejectedException backError = null;
        try {
            if (chosen(frontImage)) {
                front = drafts.keep(registration.getId(), DocumentSide.FRONT, inspector.inspect(frontImage));
            }
        } catch (DocumentRejectedException e) {
            frontError = e;
        }
        try {
            if (chosen(backImage)) {
                IdentityDocumentImage image = inspector.inspect(backImage);
                // A back side that this document type must never show is checked, but not kept.
                if (backAllowed) {
                    back = drafts.keep(registration.getId(), DocumentSide.BACK, image);
                }
            }
        } catch (DocumentRejectedException e) {
            backError = e;
        }
        if (back == null && previous.back() == DraftImage.UPLOADED) {
            drafts.drop(registration.getId(), DocumentSide.BACK);
        }
        FormDraft draft = new FormDraft(form, front, back);
        return new Outcome(draft, frontError, backError, front == null && frontError == null,
                !errors.hasErrors() && front != null && frontError == null && backError == null);
    }

    /**
     * A file input sends its part with the file's name when a file was chosen, with an empty name when none was;
     * only the latter keeps the image attached before. A chosen file that is empty is refused like any other.
     */
    private static boolean chosen(MultipartFile file) {
        return file != null && StringUtils.hasText(file.getOriginalFilename());
    }

    /** The draft to keep, and what is wrong with the images. */
    record Outcome(FormDraft draft, DocumentRejectedException frontError,
            DocumentRejectedException backError, boolean frontMissing, boolean complete) {
    }
}
