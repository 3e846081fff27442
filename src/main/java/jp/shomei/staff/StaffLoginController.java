package jp.shomei.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one sign-in page of staff, administrators and analysts; it opens Tasklist afterwards. */
@Controller
class StaffLoginController {

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }
}
