package jp.shomei.staff;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DocumentsDeletedException;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.registration.RegistrationService;
import jp.shomei.staff.DocumentView.ApplicationKind;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Identity-document images for the review form, readable only by the staff of the applicant's university; every
 * image served is audited, and once the images are deleted the URL says since when.
 */
@Controller
class StaffDocumentController {

    private final StaffSessions staffSessions;
    private final RegistrationService registrations;
    private final SchoolCatalog catalog;
    private final DocumentViews views;

    StaffDocumentController(StaffSessions staffSessions, RegistrationService registrations, SchoolCatalog catalog,
            DocumentViews views) {
        this.staffSessions = staffSessions;
        this.registrations = registrations;
        this.catalog = catalog;
        this.views = views;
    }

    @GetMapping("/staff/registrations/{registrationId}/documents/{side}")
    ResponseEntity<byte[]> document(@PathVariable Long registrationId, @PathVariable String side) {
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        Optional<StaffMember> reviewer = staffSessions.current()
                .filter(staff -> registrations.universityOf(registrationId)
                        .flatMap(catalog::university)
                        .map(university -> staff.reviewsFor(university.getStaffGroup()))
                        .orElse(false));
        if (reviewer.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        registrations.documentsDeletedAt(registrationId).ifPresent(deletedAt -> {
            throw new DocumentsDeletedException(deletedAt);
        });
        return registrations.document(registrationId, documentSide)
                .map(image -> {
                    views.record(reviewer.get(), ApplicationKind.REGISTRATION, registrationId, documentSide);
                    return image(image);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(IdentityDocumentImage image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(image.content());
    }
}
