package jp.shomei.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomei.web.EngineErrorResponse;
import jp.shomei.web.ReplayedBodyRequest;
import jp.shomei.web.VisitorLanguage;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff holding a task may write any variable on it through the engine's REST API and the webapps' copy of it. On a
 * staff task of Shomei's ({@link StaffTask}: a review, posting) this filter lets through only the form's own fields,
 * and a completion only with what the task needs (a decision and its reason, a posting date); anything else answers
 * 400 in the staff member's language, naming the variable. The task listeners check again for calls that do not
 * come over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class ReviewTaskWriteGuard {

    /** The task sub-resources that write variables, on the servlet's decoded path (no encodings, no ";" params). */
    private static final Pattern TASK_WRITE = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
                    + "(complete|submit-form|resolve|bpmnError|bpmnEscalation|variables|localVariables)"
                    + "(?:/([^/]+)(/data)?)?/?$");
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_NAME_SHOWN = 100;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> reviewTaskWriteGuardFilter(TaskService taskService,
            ObjectMapper json, MessageSource messages, VisitorLanguage language, List<StaffTask> kinds) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Guard(taskService, json, messages, language, kinds));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("review-task-write-guard");
        // After the sign-in filters: strangers learn nothing, and the caller sees only their own tenant's tasks.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static final class Guard extends OncePerRequestFilter {

        private final TaskService taskService;
        private final ObjectMapper json;
        private final MessageSource messages;
        private final VisitorLanguage language;
        private final List<StaffTask> kinds;

        Guard(TaskService taskService, ObjectMapper json, MessageSource messages, VisitorLanguage language,
                List<StaffTask> kinds) {
            this.taskService = taskService;
            this.json = json;
            this.messages = messages;
            this.language = language;
            this.kinds = kinds;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String method = request.getMethod();
            return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            Matcher write = TASK_WRITE.matcher(path);
            Optional<StaffTask> kind = write.matches() ? staffTaskOf(write.group(1)) : Optional.empty();
            if (kind.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            Set<String> allowed = kind.get().formFields();
            String taskId = write.group(1);
            String operation = write.group(2);
            String pathVariable = write.group(3);
            Locale locale = language.of(request);
            if (operation.startsWith("bpmn")) {
                EngineErrorResponse.badRequest(response, json, message("review.refused.operation", locale));
                return;
            }
            if (pathVariable != null) {
                Optional<String> refused = refusedName(List.of(pathVariable), allowed, locale);
                if (refused.isPresent()) {
                    EngineErrorResponse.badRequest(response, json, refused.get());
                } else {
                    chain.doFilter(request, response);
                }
                return;
            }
            Optional<ReplayedBodyRequest> read = ReplayedBodyRequest.read(request, MAX_BODY_BYTES);
            if (read.isEmpty()) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            Optional<String> problem = problem(operation, read.get().json(json), taskId, kind.get(), locale);
            if (problem.isPresent()) {
                EngineErrorResponse.badRequest(response, json, problem.get());
            } else {
                chain.doFilter(read.get(), response);
            }
        }

        /**
         * The staff task this is, if the caller can see it (a stranger's or another university's is the engine's to
         * refuse).
         */
        private Optional<StaffTask> staffTaskOf(String taskId) {
            return kinds.stream().filter(kind -> taskService.createTaskQuery().taskId(taskId)
                    .processDefinitionKey(kind.processKey()).taskDefinitionKey(kind.taskKey()).count() > 0)
                    .findFirst();
        }

        private Optional<String> problem(String operation, JsonNode body, String taskId, StaffTask kind,
                Locale locale) {
            Set<String> allowed = kind.formFields();
            if (operation.equals("variables") || operation.equals("localVariables")) {
                List<String> names = new ArrayList<>();
                body.path("modifications").fieldNames().forEachRemaining(names::add);
                body.path("deletions").forEach(name -> names.add(name.asText()));
                return refusedName(names, allowed, locale);
            }
            List<String> names = new ArrayList<>();
            body.path("variables").fieldNames().forEachRemaining(names::add);
            Optional<String> refused = refusedName(names, allowed, locale);
            if (refused.isPresent() || operation.equals("resolve")) {
                return refused;
            }
            return incomplete(body.path("variables"), taskId, kind, locale);
        }

        private Optional<String> refusedName(List<String> names, Set<String> allowed, Locale locale) {
            return names.stream().filter(name -> !allowed.contains(name)).findFirst()
                    .map(name -> messages.getMessage("review.refused.variable", new Object[] {
                            name.length() > MAX_NAME_SHOWN ? name.substring(0, MAX_NAME_SHOWN) + "…" : name,
                            String.join(", ", allowed)}, locale));
        }

        /** A completion leaves the form's values the body sends, or else the ones set on the task before. */
        private Optional<String> incomplete(JsonNode sent, String taskId, StaffTask kind, Locale locale) {
            Map<String, Object> values = new HashMap<>(taskService.getVariables(taskId, kind.formFields()));
            for (String name : kind.formFields()) {
                if (sent.has(name)) {
                    JsonNode value = sent.path(name).path("value");
                    values.put(name, value.isTextual() ? value.asText() : null);
                }
            }
            return kind.refusal(values).map(code -> message(code, locale));
        }

        private String message(String code, Locale locale) {
            return messages.getMessage(code, null, locale);
        }
    }
}
