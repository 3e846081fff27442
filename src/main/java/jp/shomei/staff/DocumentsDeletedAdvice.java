package jp.shomei.staff;

import java.util.Map;
import jp.shomei.document.DocumentsDeletedException;
import jp.shomei.retention.RetentionProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An image URL of an application whose images are gone says when they were deleted, on every staff document path. */
@ControllerAdvice
class DocumentsDeletedAdvice {

    private final StaffProperties staffProperties;
    private final RetentionProperties retention;

    DocumentsDeletedAdvice(StaffProperties staffProperties, RetentionProperties retention) {
        this.staffProperties = staffProperties;
        this.retention = retention;
    }

    @ExceptionHandler(DocumentsDeletedException.class)
    ModelAndView documentsDeleted(DocumentsDeletedException deleted) {
        return new ModelAndView("staff/documents-deleted", Map.of(
                "staffPage", true,
                "deletedOn", deleted.getDeletedAt().atZone(staffProperties.timeZone()).toLocalDate(),
                "days", retention.documentImages().toDays()), HttpStatus.NOT_FOUND);
    }
}
