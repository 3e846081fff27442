package jp.shomei.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.university.UniversityRepository;
import jp.shomei.web.VisitorLanguage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps show the staff member's language. What the engine stores is Japanese or bilingual; this filter puts
 * the reader's language in on the way from the engine's API to the webapps:
 * <ul>
 * <li>Camunda Forms ({@code deployed-form}): the texts from the messages
 * {@code camundaForm.<form id>.<component id>.<label|text|alt|description>} and
 * {@code ...<component id>.value.<value>};</li>
 * <li>variables (a task's {@code form-variables}, the variables a task list shows): for a variable {@code x} the
 * value of {@code x__<language>} where there is one; a form variable that is a path of Shomei's staff pages (an
 * identity document's image) becomes a URL on the host the reviewer reached, whatever the configured base URL;</li>
 * <li>tasks, process definitions (the engine's and Cockpit's own lists of them) and Tasklist's filters: the names
 * from {@code camundaTask.<task definition key>},
 * {@code camundaProcess.<key>} and {@code tasklistFilter.*}, the university's name for a task's tenant id, and
 * the assignee's family name first for Japanese readers;</li>
 * <li>a process definition's BPMN (the diagrams): see {@link DiagramTranslation};</li>
 * <li>groups, as lists and a task's candidate groups show them: a name written "日本語 / English" in the reader's
 * half. A single group ({@code group/<id>}) stays as stored, since Admin edits what it loads there;</li>
 * <li>the signed-in user's profile, family name first for Japanese readers, but only for the headers of Tasklist
 * and Cockpit: Admin and Welcome edit the profile they load.</li>
 * </ul>
 * Anything without a translation stays as stored.
 */
@Configuration(proxyBeanMethods = false)
class CamundaFormTranslation {

    private static final String PREFIX = "camundaForm.";
    private static final Pattern TRANSLATED_VARIABLE = Pattern.compile("(.+)__([a-z]{2})");
    private static final String STAFF_PAGES = "/staff/";
    private static final String FORM = "/deployed-form";
    private static final String VARIABLES = "/form-variables";
    private static final Pattern NAMED = Pattern.compile(
            ".*/engine/[^/]+/(task(/[^/]+)?|filter(/[^/]+(/list)?)?|process-definition(/[^/]+)?)"
                    + "|.*/cockpit/plugin/base/[^/]+/process-definition(/[^/]+){0,2}");
    private static final Pattern DIAGRAM = Pattern.compile(".*/engine/[^/]+/process-definition/[^/]+/xml");
    private static final Pattern GROUPS = Pattern.compile(".*/engine/[^/]+/group");
    private static final Pattern PROFILE = Pattern.compile(".*/engine/[^/]+/user/[^/]+/profile");
    private static final List<String> PROFILE_READERS = List.of("/camunda/app/tasklist/", "/camunda/app/cockpit/");
    private static final String BOTH_LANGUAGES = " / ";
    private static final List<String> TEXTS = List.of("label", "dateLabel", "text", "alt", "description");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaFormTranslationFilter(VisitorLanguage language,
            MessageSource messages, ObjectMapper json, UniversityRepository universities) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new FormTranslationFilter(language, messages, json, universities));
        registration.addUrlPatterns("/camunda/api/engine/*", "/camunda/api/cockpit/*");
        registration.setName("camunda-form-translation");
        return registration;
    }

    private static final class FormTranslationFilter extends OncePerRequestFilter {

        private final VisitorLanguage language;
        private final MessageSource messages;
        private final ObjectMapper json;
        private final UniversityRepository universities;
        private final DiagramTranslation diagrams;

        FormTranslationFilter(VisitorLanguage language, MessageSource messages, ObjectMapper json,
                UniversityRepository universities) {
            this.language = language;
            this.messages = messages;
            this.json = json;
            this.universities = universities;
            this.diagrams = new DiagramTranslation(messages);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String uri = request.getRequestURI();
            boolean read = "GET".equals(request.getMethod())
                    || ("POST".equals(request.getMethod()) && uri.endsWith("/list"));
            return !read || !(uri.endsWith(FORM) || uri.endsWith(VARIABLES) || NAMED.matcher(uri).matches()
                    || DIAGRAM.matcher(uri).matches() || GROUPS.matcher(uri).matches()
                    || PROFILE.matcher(uri).matches());
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
                String uri = request.getRequestURI();
                if (uri.endsWith(FORM) && body instanceof ObjectNode form && form.hasNonNull("id")) {
                    translate(form.get("id").asText(), form, locale);
                } else if (uri.endsWith(VARIABLES) && body instanceof ObjectNode variables) {
                    useVariablesIn(variables, locale);
                    makeAbsolute(variables, ServletUriComponentsBuilder.fromContextPath(request).toUriString());
                } else if (DIAGRAM.matcher(uri).matches() && body instanceof ObjectNode definition
                        && definition.path("bpmn20Xml").isTextual()) {
                    definition.put("bpmn20Xml", diagrams.translate(definition.get("bpmn20Xml").asText(), locale));
                } else if (GROUPS.matcher(uri).matches()) {
                    body.forEach(group -> inLanguage(group, locale));
                } else if (PROFILE.matcher(uri).matches()) {
                    if (japanese(locale) && readOnlyProfile(request)) {
                        familyNameFirst(body);
                    }
                } else {
                    new Names(locale).translate(body);
                }
                cached.resetBuffer();
                cached.getOutputStream().write(json.writeValueAsBytes(body));
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

        /** Form-js shows only absolute image sources; the host is the one this reviewer reached. */
        private static void makeAbsolute(ObjectNode variables, String origin) {
            for (JsonNode variable : variables) {
                String value = variable.path("value").asText("");
                if (variable.path("value").isTextual() && value.startsWith(STAFF_PAGES)) {
                    ((ObjectNode) variable).put("value", origin + value);
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

        /** Tasks, process definitions, filters and a task list's variables and assignees, anywhere in a body. */
        private final class Names {

            private final Locale locale;
            private final Map<String, String> universityNames = new HashMap<>();

            Names(Locale locale) {
                this.locale = locale;
            }

            void translate(JsonNode node) {
                if (node instanceof ObjectNode object) {
                    if (object.hasNonNull("taskDefinitionKey")) {
                        rename(object, "camundaTask." + object.get("taskDefinitionKey").asText());
                        if (object.path("tenantId").isTextual()) {
                            object.put("tenantId", university(object.get("tenantId").asText()));
                        }
                    } else if (object.hasNonNull("key") && (object.has("deploymentId") || object.has("version"))) {
                        rename(object, "camundaProcess." + object.get("key").asText());
                    } else if ("Task".equals(object.path("resourceType").asText())
                            && TasklistFilter.NAME.equals(object.path("name").asText())) {
                        translateFilter(object);
                    }
                    JsonNode embedded = object.path("_embedded");
                    if (embedded.path("variable") instanceof ArrayNode variables) {
                        chooseLanguageOf(variables);
                    }
                    if (japanese(locale)) {
                        embedded.path("assignee").forEach(FormTranslationFilter::familyNameFirst);
                        embedded.path("user").forEach(FormTranslationFilter::familyNameFirst);
                    }
                    embedded.path("group").forEach(group -> inLanguage(group, locale));
                }
                node.forEach(this::translate);
            }

            private void rename(ObjectNode object, String code) {
                String name = messages.getMessage(code, null, null, locale);
                if (name != null) {
                    object.put("name", name);
                }
            }

            private String university(String tenantId) {
                return universityNames.computeIfAbsent(tenantId, id -> universities.findByCode(id)
                        .map(university -> university.name(locale)).orElse(id));
            }

            /** The filter's name and labels in the reader's language; a variable's {@code __xx} twins unlisted. */
            private void translateFilter(ObjectNode filter) {
                rename(filter, "tasklistFilter.name");
                if (filter.path("properties").path("variables") instanceof ArrayNode variables) {
                    for (Iterator<JsonNode> shown = variables.iterator(); shown.hasNext();) {
                        ObjectNode variable = (ObjectNode) shown.next();
                        String name = variable.path("name").asText();
                        if (TRANSLATED_VARIABLE.matcher(name).matches()) {
                            shown.remove();
                        } else {
                            String label = messages.getMessage("tasklistFilter.variable." + name, null, null, locale);
                            if (label != null) {
                                variable.put("label", label);
                            }
                        }
                    }
                }
            }

            /** A task's variables as a list shows them: {@code x} takes the value of {@code x__<language>}. */
            private void chooseLanguageOf(ArrayNode variables) {
                Map<String, JsonNode> byName = new HashMap<>();
                variables.forEach(variable -> byName.put(variable.path("name").asText(), variable));
                for (Iterator<JsonNode> all = variables.iterator(); all.hasNext();) {
                    JsonNode variable = all.next();
                    Matcher translation = TRANSLATED_VARIABLE.matcher(variable.path("name").asText());
                    if (translation.matches()) {
                        if (translation.group(2).equals(locale.getLanguage())
                                && byName.get(translation.group(1)) instanceof ObjectNode original) {
                            original.set("value", variable.get("value"));
                        }
                        all.remove();
                    }
                }
            }
        }

        /** Tasklist and Cockpit load the profile only to show the name; Admin and Welcome edit it. */
        private static boolean readOnlyProfile(HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            try {
                String page = URI.create(referer).getPath();
                return page != null && PROFILE_READERS.stream()
                        .anyMatch(app -> page.startsWith(request.getContextPath() + app));
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }

        private static boolean japanese(Locale locale) {
            return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        }

        /** Shomei names groups for both languages as "日本語 / English"; the reader sees their half. */
        private static void inLanguage(JsonNode group, Locale locale) {
            if (group instanceof ObjectNode object && object.path("name").isTextual()) {
                String name = object.get("name").asText();
                int both = name.indexOf(BOTH_LANGUAGES);
                if (both > 0 && name.indexOf(BOTH_LANGUAGES, both + 1) < 0) {
                    object.put("name", japanese(locale) ? name.substring(0, both)
                            : name.substring(both + BOTH_LANGUAGES.length()));
                }
            }
        }

        /**
         * The webapps write "first last"; Japanese readers expect a Japanese name family name first (a name in Latin
         * letters, such as "Shomei Administrator", keeps its order).
         */
        private static void familyNameFirst(JsonNode user) {
            if (user instanceof ObjectNode object && inJapanese(object.path("firstName").asText())
                    && inJapanese(object.path("lastName").asText())) {
                JsonNode first = object.get("firstName");
                object.set("firstName", object.get("lastName"));
                object.set("lastName", first);
            }
        }

        private static boolean inJapanese(String name) {
            return name.codePoints().mapToObj(Character.UnicodeScript::of).anyMatch(script ->
                    script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA);
        }
    }
}
