package jp.shomei.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads an upload to this application's pages before Spring Security looks for the CSRF token in it: one over the
 * size limits answers 413 and a malformed one 400, with the error page. Otherwise the token would go unread and
 * the upload be refused as forged, or fail the request when the token came in a header.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class UploadCheckFilter extends OncePerRequestFilter {

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final String dispatcherServlet;

    UploadCheckFilter(DispatcherServletRegistrationBean dispatcherServlet) {
        this.dispatcherServlet = dispatcherServlet.getServletName();
    }

    /** The engine's REST API and the Camunda webapps read their uploads themselves. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !multipart.isMultipart(request)
                || !dispatcherServlet.equals(request.getHttpServletMapping().getServletName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The container keeps the parts it read for the rest of the request.
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (MultipartException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
