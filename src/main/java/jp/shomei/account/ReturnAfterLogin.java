package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Links from mails that need the signed-in account (the confirmation of a new address, 2.4(b)): opened without a
 * login, the login page comes first and then the link. Other pages still lead to the top page after the login.
 */
@Component
public class ReturnAfterLogin {

    static final String MAIL_LINKS = "/account/email/confirm/*";

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

    ReturnAfterLogin() {
        cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, MAIL_LINKS));
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
