package jp.shomei.studentid;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.DocumentsDeletedException;
import jp.shomei.document.IdentityDocumentImage;
import jp.shomei.staff.DocumentView.ApplicationKind;
import jp.shomei.staff.DocumentViews;
import jp.shomei.staff.StaffMember;
import jp.shomei.staff.StaffSessions;
import jp.shomei.university.SchoolCatalog;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Identity-document images of a student ID application, readable only by the staff of its university; every image
 * served is audited, and once the images are deleted the URL says since when.
 */
@Controller
class StaffStudentIdDocumentController {

    private final StaffSessions staffSessions;
    private final StudentIds studentIds;
    private final SchoolCatalog catalog;
    private final DocumentViews views;

    StaffStudentIdDocumentController(StaffSessions staffSessions, StudentIds studentIds, SchoolCatalog catalog,
            DocumentViews views) {
        this.staffSessions = staffSessions;
        this.studentIds = studentIds;
        this.catalog = catalog;
        this.views = views;
    }

    @GetMapping("/staff/student-ids/{applicationId}/documents/{side}")
    ResponseEntity<byte[]> document(@PathVariable Long applicationId, @PathVariable String side) {
        DocumentSide documentSide = "back".equals(side) ? DocumentSide.BACK : DocumentSide.FRONT;
        Optional<StudentIdApplication> application = studentIds.find(applicationId);
        Optional<StaffMember> reviewer = staffSessions.current()
                .filter(staff -> application
                        .flatMap(a -> catalog.university(a.getUniversityId()))
                        .map(university -> staff.reviewsFor(university.getStaffGroup()))
                        .orElse(false));
        if (reviewer.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (application.get().getDocumentsDeletedAt() != null) {
            throw new DocumentsDeletedException(application.get().getDocumentsDeletedAt());
        }
        return studentIds.document(applicationId, documentSide)
                .map(image -> {
                    views.record(reviewer.get(), ApplicationKind.STUDENT_ID, applicationId, documentSide);
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
