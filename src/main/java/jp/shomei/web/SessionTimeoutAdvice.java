package jp.shomei.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page how long the server keeps an idle session, for the countdown before automatic logout. */
@ControllerAdvice
class SessionTimeoutAdvice {

    private final long timeoutSeconds;

    SessionTimeoutAdvice(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeoutSeconds = timeout.toSeconds();
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return timeoutSeconds;
    }
}
