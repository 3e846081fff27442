package jp.shomei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A refused request for a path that no page handles answers 404 with the error page, instead of the login page
 * (signed out) or a 403 (signed in). It is asked only once a chain has refused the request, so nothing is let
 * through: the static resource handler, which takes every path, counts as no page.
 */
@Component
public class UnknownPaths {

    private final ObjectProvider<HandlerMapping> mappings;

    UnknownPaths(ObjectProvider<HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    public AuthenticationEntryPoint orSignIn(AuthenticationEntryPoint known) {
        return (request, response, exception) -> {
            if (unknown(request)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                known.commence(request, response, exception);
            }
        };
    }

    public AccessDeniedHandler orDenied(AccessDeniedHandler known) {
        return (request, response, exception) -> {
            if (unknown(request)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                known.handle(request, response, exception);
            }
        };
    }

    boolean unknown(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            List<HandlerMapping> ordered = mappings.orderedStream().toList();
            for (HandlerMapping mapping : ordered) {
                HandlerExecutionChain chain = mapping.getHandler(request);
                if (chain != null) {
                    return chain.getHandler() instanceof ResourceHttpRequestHandler;
                }
            }
            return true;
        } catch (Exception e) {
            // A page at this path that refuses the method (or another mismatch): the path is known.
            return false;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
