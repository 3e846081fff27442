package jp.shomei.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one sign-in page of staff, administrators and analysts; it opens the staff home afterwards, or the webapp
 * page that was asked for.
 */
@Controller
class StaffLoginController {

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }
}
