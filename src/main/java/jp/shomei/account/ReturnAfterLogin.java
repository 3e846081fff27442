package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Links from mails that need the signed-in account (the confirmation of a new address, 2.4(b); the form to add a
 * student ID, 2.3): opened without a login, the login page comes first and then the link. Other pages still lead
 * to the top page after the login.
 */
@Component
public class ReturnAfterLogin {

    static final String EMAIL_CONFIRMATION = "/account/email/confirm/*";
    static final String STUDENT_ID_FORM = "/account/student-ids/url/*";

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

    ReturnAfterLogin() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        cache.setRequestMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, EMAIL_CONFIRMATION),
                paths.matcher(HttpMethod.GET, STUDENT_ID_FORM)));
        cache.setMatchingRequestParameterName(null);
    }

    RequestCache cache() {
        return cache;
    }

    /** The link that led to the login, once. */
    Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = cache.getRequest(request, response);
        if (saved == null) {
            return Optional.empty();
        }
        cache.removeRequest(request, response);
        return Optional.of(saved.getRedirectUrl());
    }
}
