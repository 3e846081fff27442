package jp.shomei.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The graduates' login page, with the way into a new registration. */
@Controller
class HomeController {

    @GetMapping("/")
    String index() {
        return "index";
    }

    /** Signing in opens together with the signed-in service; until then the page says so. */
    @PostMapping("/login")
    String login(Model model) {
        model.addAttribute("loginNotOpen", true);
        return "index";
    }

    @GetMapping("/password/forgotten")
    String forgottenPassword() {
        return "password/forgotten";
    }
}
