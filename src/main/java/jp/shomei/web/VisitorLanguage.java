package jp.shomei.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The language of a visitor outside Shomei's own pages (the Camunda webapps, their forms): the one chosen with
 * the language pull-down in Shomei's pages if any, else the browser's, else Japanese.
 */
@Component
public class VisitorLanguage {

    public Optional<Locale> chosen(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, LanguageConfig.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(cookie.getValue()).getLanguage();
        return LanguageConfig.SUPPORTED.stream().filter(s -> s.getLanguage().equals(language)).findFirst();
    }

    public Locale of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> browser(request));
    }

    /** The language of the visitor whose request this thread serves (engine listeners run there); else Japanese. */
    public Locale current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : Locale.JAPANESE;
    }

    static Locale browser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), LanguageConfig.SUPPORTED);
            return match == null ? Locale.JAPANESE : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.JAPANESE;
        }
    }
}
