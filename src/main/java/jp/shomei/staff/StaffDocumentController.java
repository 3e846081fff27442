package jp.shomei.staff;

import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.registration.RegistrationService;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Identity-document images for the review form, readable only by the staff of the applicant's university. */
@Controller
class StaffDocumentController {

    private final StaffSessions staffSessions;
    private final RegistrationService registrations;
    private final SchoolCatalog catalog;

    StaffDocumentController(StaffSessions staffSessions, RegistrationService registrations, SchoolCatalog catalog) {
        this.staffSessions = staffSessions;
        this.registrations = registrations;
        this.catalog = catalog;
    }

    @GetMapping("/staff/registrations/{registrationId}/documents/{side}")
    ResponseEntity<byte[]> document(@PathVariable Long registrationId, @PathVariable String side) {
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        boolean allowed = staffSessions.current()
                .flatMap(staff -> registrations.universityOf(registrationId)
                        .flatMap(catalog::university)
                        .map(university -> staff.reviewsFor(university.getStaffGroup())))
                .orElse(false);
        if (!allowed) {
            return ResponseEntity.notFound().build();
        }
        return registrations.document(registrationId, documentSide)
                .map(StaffDocumentController::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(IdentityDocumentImage image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(image.content());
    }
}
