package jp.shomei.certificate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page where whoever received a certificate checks its verification code; no sign-in. */
@Controller
class VerificationController {

    static final String VIEW = "certificate/verify";
    /** Longer than any way of typing a code, short enough to echo back. */
    private static final int MAX_TYPED = 64;

    private final Certificates certificates;
    private final VerificationProperties properties;

    VerificationController(Certificates certificates, VerificationProperties properties) {
        this.certificates = certificates;
        this.properties = properties;
    }

    @GetMapping("/verify")
    String form() {
        return VIEW;
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String typed = code.length() > MAX_TYPED ? code.substring(0, MAX_TYPED) : code;
        Optional<Verification> answer = certificates.verify(typed, request.getRemoteAddr());
        model.addAttribute("code", typed);
        if (answer.isPresent()) {
            model.addAttribute("verification", answer.get());
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("waitMinutes", Math.max(1, properties.window().toMinutes()));
        }
        return VIEW;
    }
}
