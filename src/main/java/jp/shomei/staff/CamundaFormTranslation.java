package jp.shomei.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shomei.web.VisitorLanguage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda Forms and the values they show are written in Japanese, the language of the university offices.
 * Tasklist fetches a task's form from the engine's {@code deployed-form} endpoint and its values from
 * {@code form-variables}; for a staff member whose language is another one, this filter puts that language in on
 * the way: the form's texts from the messages {@code camundaForm.<form id>.<component id>.<label|text|alt>} and
 * {@code ...<component id>.value.<value>}, and for a variable {@code x} the value of {@code x__<language>} where
 * the task has one. Anything without a translation stays as written.
 */
@Configuration(proxyBeanMethods = false)
class CamundaFormTranslation {

    static final String PREFIX = "camundaForm.";
    private static final String FORM = "/deployed-form";
    private static final String VARIABLES = "/form-variables";
    private static final List<String> TEXTS = List.of("label", "text", "alt", "description");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaFormTranslationFilter(VisitorLanguage language,
            MessageSource messages, ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new DeployedFormFilter(language, messages, json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setName("camunda-form-translation");
        return registration;
    }

    private static final class DeployedFormFilter extends OncePerRequestFilter {

        private final VisitorLanguage language;
        private final MessageSource messages;
        private final ObjectMapper json;

        DeployedFormFilter(VisitorLanguage language, MessageSource messages, ObjectMapper json) {
            this.language = language;
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String uri = request.getRequestURI();
            return !"GET".equals(request.getMethod()) || !(uri.endsWith(FORM) || uri.endsWith(VARIABLES))
                    || Locale.JAPANESE.getLanguage().equals(language.of(request).getLanguage());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, cached);
            String type = cached.getContentType();
            if (cached.getStatus() == HttpServletResponse.SC_OK && type != null && type.contains("json")) {
                JsonNode body = json.readTree(cached.getContentAsByteArray());
                Locale locale = language.of(request);
                if (body instanceof ObjectNode object) {
                    if (request.getRequestURI().endsWith(FORM) && object.hasNonNull("id")) {
                        translate(object.get("id").asText(), object, locale);
                    } else if (request.getRequestURI().endsWith(VARIABLES)) {
                        useVariablesIn(object, locale);
                    }
                    cached.resetBuffer();
                    cached.getOutputStream().write(json.writeValueAsBytes(object));
                }
            }
            cached.copyBodyToResponse();
        }

        private static void useVariablesIn(ObjectNode variables, Locale locale) {
            String suffix = "__" + locale.getLanguage();
            List<String> names = new ArrayList<>();
            variables.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (name.endsWith(suffix)) {
                    variables.set(name.substring(0, name.length() - suffix.length()), variables.remove(name));
                }
            }
        }

        private void translate(String formId, JsonNode node, Locale locale) {
            for (JsonNode component : node.path("components")) {
                String key = PREFIX + formId + "." + component.path("id").asText() + ".";
                for (String text : TEXTS) {
                    if (component.hasNonNull(text)) {
                        String translated = messages.getMessage(key + text, null, null, locale);
                        if (translated != null) {
                            ((ObjectNode) component).put(text, translated);
                        }
                    }
                }
                for (JsonNode option : component.path("values")) {
                    String translated = messages.getMessage(key + "value." + option.path("value").asText(), null,
                            null, locale);
                    if (translated != null) {
                        ((ObjectNode) option).put("label", translated);
                    }
                }
                translate(formId, component, locale);
            }
        }
    }
}
