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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.web.VisitorLanguage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda Forms show the staff member's language. Tasklist fetches a task's form from the engine's
 * {@code deployed-form} endpoint and its values from {@code form-variables}; this filter puts the language in on
 * the way: the form's texts from the messages {@code camundaForm.<form id>.<component id>.<label|text|alt>} and
 * {@code ...<component id>.value.<value>}, and for a variable {@code x} the value of {@code x__<language>} where
 * the task has one. Anything without a translation stays as written in the form and the variables (Japanese).
 */
@Configuration(proxyBeanMethods = false)
class CamundaFormTranslation {

    private static final String PREFIX = "camundaForm.";
    private static final Pattern TRANSLATED_VARIABLE = Pattern.compile("(.+)__([a-z]{2})");
    private static final String FORM = "/deployed-form";
    private static final String VARIABLES = "/form-variables";
    private static final List<String> TEXTS = List.of("label", "text", "alt", "description");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaFormTranslationFilter(VisitorLanguage language,
            MessageSource messages, ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new FormTranslationFilter(language, messages, json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setName("camunda-form-translation");
        return registration;
    }

    private static final class FormTranslationFilter extends OncePerRequestFilter {

        private final VisitorLanguage language;
        private final MessageSource messages;
        private final ObjectMapper json;

        FormTranslationFilter(VisitorLanguage language, MessageSource messages, ObjectMapper json) {
            this.language = language;
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String uri = request.getRequestURI();
            return !"GET".equals(request.getMethod()) || !(uri.endsWith(FORM) || uri.endsWith(VARIABLES));
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
            List<String> names = new ArrayList<>();
            variables.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Matcher translation = TRANSLATED_VARIABLE.matcher(name);
                if (translation.matches()) {
                    JsonNode value = variables.remove(name);
                    if (translation.group(2).equals(locale.getLanguage())) {
                        variables.set(translation.group(1), value);
                    }
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
