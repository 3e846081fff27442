package jp.shomei.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The graduates' login page, with the way into a new registration. */
@Controller
class HomeController {

    @GetMapping("/")
    String index() {
        return "index";
    }
}
