package jp.shomei.studentid;

import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.staff.StaffSessions;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Identity-document images of a student ID application, readable only by the staff of its university. */
@Controller
class StaffStudentIdDocumentController {

    private final StaffSessions staffSessions;
    private final StudentIds studentIds;
    private final SchoolCatalog catalog;

    StaffStudentIdDocumentController(StaffSessions staffSessions, StudentIds studentIds, SchoolCatalog catalog) {
        this.staffSessions = staffSessions;
        this.studentIds = studentIds;
        this.catalog = catalog;
    }

    @GetMapping("/staff/student-ids/{applicationId}/documents/{side}")
    ResponseEntity<byte[]> document(@PathVariable Long applicationId, @PathVariable String side) {
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        boolean allowed = staffSessions.current()
                .flatMap(staff -> studentIds.find(applicationId)
                        .flatMap(application -> catalog.university(application.getUniversityId()))
                        .map(university -> staff.reviewsFor(university.getStaffGroup())))
                .orElse(false);
        if (!allowed) {
            return ResponseEntity.notFound().build();
        }
        return studentIds.document(applicationId, documentSide)
                .map(StaffStudentIdDocumentController::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(IdentityDocumentImage image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(image.content());
    }
}
