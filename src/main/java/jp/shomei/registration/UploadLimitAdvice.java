package jp.shomei.registration;

import jp.shomei.document.DocumentProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The limits an upload too large for the server is told about on the error page, in MB. */
@ControllerAdvice(assignableTypes = ErrorController.class)
class UploadLimitAdvice {

    private final long requestMegabytes;
    private final long imageMegabytes;

    UploadLimitAdvice(MultipartProperties multipart, DocumentProperties documents) {
        this.requestMegabytes = multipart.getMaxRequestSize().toMegabytes();
        this.imageMegabytes = documents.maxBytes() / (1024 * 1024);
    }

    @ModelAttribute("uploadLimitMegabytes")
    long uploadLimitMegabytes() {
        return requestMegabytes;
    }

    @ModelAttribute("imageLimitMegabytes")
    long imageLimitMegabytes() {
        return imageMegabytes;
    }
}
