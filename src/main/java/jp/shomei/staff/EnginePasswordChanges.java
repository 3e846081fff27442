package jp.shomei.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.shomei.account.CurrentPasswordCheck.Outcome;
import jp.shomei.account.CurrentPasswordCheck;
import jp.shomei.security.PasswordPolicy;
import jp.shomei.web.EngineErrorResponse;
import jp.shomei.web.ReplayedBodyRequest;
import jp.shomei.web.VisitorLanguage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Setting an engine user's password through the REST API or Admin: a password against Shomei's rules answers 400
 * in the staff member's language, naming the rules (the engine's password policy would refuse it too, but as a
 * server error); the signed-in user's own password, which a change asks for, counts like a sign-in when wrong.
 */
@Configuration(proxyBeanMethods = false)
class EnginePasswordChanges {

    /** {@code POST .../user/create} and {@code PUT .../user/{id}/credentials}, on the servlet's decoded path. */
    private static final Pattern PASSWORD_WRITE = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/(?:(create)|[^/]+/(credentials))/?$");
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> enginePasswordChangesFilter(PasswordPolicy policy,
            StaffCredentials credentials, CurrentPasswordCheck currentPasswords, ObjectMapper json,
            MessageSource messages, VisitorLanguage language) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Guard(policy, credentials, currentPasswords, json, messages, language));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-password-changes");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static final class Guard extends OncePerRequestFilter {

        private final PasswordPolicy policy;
        private final StaffCredentials credentials;
        private final CurrentPasswordCheck currentPasswords;
        private final ObjectMapper json;
        private final MessageSource messages;
        private final VisitorLanguage language;

        Guard(PasswordPolicy policy, StaffCredentials credentials, CurrentPasswordCheck currentPasswords,
                ObjectMapper json, MessageSource messages, VisitorLanguage language) {
            this.policy = policy;
            this.credentials = credentials;
            this.currentPasswords = currentPasswords;
            this.json = json;
            this.messages = messages;
            this.language = language;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            Matcher write = PASSWORD_WRITE.matcher(path);
            boolean create = write.matches() && write.group(1) != null && "POST".equals(request.getMethod());
            boolean change = write.matches() && write.group(2) != null && "PUT".equals(request.getMethod());
            if (!create && !change) {
                chain.doFilter(request, response);
                return;
            }
            Optional<ReplayedBodyRequest> read = ReplayedBodyRequest.read(request, MAX_BODY_BYTES);
            if (read.isEmpty()) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            JsonNode sent = read.get().json(json);
            Locale locale = language.of(request);
            Optional<String> refused = change
                    ? wrongOwnPassword(request, sent.path("authenticatedUserPassword").asText(""), locale)
                    : Optional.empty();
            if (refused.isEmpty()) {
                JsonNode password = create ? sent.path("credentials").path("password") : sent.path("password");
                refused = password.isTextual() ? brokenRules(password.asText(), locale) : Optional.empty();
            }
            if (refused.isPresent()) {
                EngineErrorResponse.badRequest(response, json, refused.get());
            } else {
                chain.doFilter(read.get(), response);
            }
        }

        private Optional<String> wrongOwnPassword(HttpServletRequest request, String password, Locale locale) {
            if (request.getUserPrincipal() == null) {
                return Optional.empty();
            }
            String userId = request.getUserPrincipal().getName();
            Outcome outcome = currentPasswords.confirm(userId, () -> credentials.matches(userId, password),
                    request.getRemoteAddr());
            return switch (outcome) {
                case CONFIRMED -> Optional.empty();
                case WRONG -> Optional.of(messages.getMessage("password.currentWrong", null, locale));
                case HELD_BACK -> Optional.of(messages.getMessage("login.heldBack", null, locale));
            };
        }

        private Optional<String> brokenRules(String password, Locale locale) {
            Errors errors = new MapBindingResult(new HashMap<>(), "credentials");
            policy.check(password, "password", errors);
            return errors.hasErrors()
                    ? Optional.of(errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale))
                            .collect(Collectors.joining(" ")))
                    : Optional.empty();
        }
    }
}
