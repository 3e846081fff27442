package jp.shomei.staff;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read who opened which identity-document image; others get the page not found. */
@Controller
class DocumentViewsController {

    private final DocumentViews views;
    private final StaffSessions staffSessions;
    private final StaffProperties staffProperties;

    DocumentViewsController(DocumentViews views, StaffSessions staffSessions, StaffProperties staffProperties) {
        this.views = views;
        this.staffSessions = staffSessions;
        this.staffProperties = staffProperties;
    }

    @GetMapping("/staff/document-views")
    String list(Model model) {
        if (!staffSessions.current().map(StaffMember::isAdministrator).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("views", views.latest());
        model.addAttribute("shown", DocumentViews.SHOWN);
        model.addAttribute("zone", staffProperties.timeZone());
        return "staff/document-views";
    }
}
