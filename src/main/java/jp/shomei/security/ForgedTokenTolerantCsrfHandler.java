package jp.shomei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default handling of the CSRF token, except that a sent token which does not decode to text
 * (a well-formed one altered by hand) counts as a wrong token, refused with 403, instead of failing the request.
 */
public class ForgedTokenTolerantCsrfHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        try {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }
}
