package jp.shomei.staff;

import jakarta.servlet.http.HttpServletResponse;
import jp.shomei.security.ForgedTokenTolerantCsrfHandler;
import jp.shomei.security.LoginDetails;
import jp.shomei.security.PageHeaders;
import jp.shomei.security.UnknownPaths;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * How staff, administrators and analysts get in: the engine's REST API with HTTP Basic, the Camunda webapps on
 * the staff sign-in's session, and Shomei's staff pages with that sign-in. These chains come before the graduates'
 * catch-all one.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfig {

    /** Checks any user's password with the engine's own counter: a way round every throttle, closed on both doors. */
    private static final String IDENTITY_VERIFY = "/identity/verify";

    /**
     * The engine's REST API takes HTTP Basic credentials of an engine user on every call, and nothing else (no
     * session cookie, so no CSRF). They pass the staff sign-in's checks: throttled, audited, never the engine's own
     * permanent lock.
     */
    @Bean
    @Order(0)
    SecurityFilterChain engineRestChain(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(paths.matcher("/engine-rest/**"))
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/engine-rest" + IDENTITY_VERIFY)).denyAll()
                        .anyRequest().hasRole(StaffAuthenticationProvider.ROLE_STAFF))
                .httpBasic(basic -> basic.authenticationDetailsSource(LoginDetails::of))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * The Camunda webapps: only for staff signed in at /staff/login, whose session they recognise through the
     * container's user principal. Their own login is closed; their logout ends the shared session. They send
     * their own security headers and check their own CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(paths.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/camunda/api/admin/auth/user/*/login/**"),
                                paths.matcher("/camunda/api/engine/engine/*" + IDENTITY_VERIFY)).denyAll()
                        .anyRequest().hasRole(StaffAuthenticationProvider.ROLE_STAFF))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        response.sendRedirect(request.getContextPath() + "/staff/login");
                    }
                }))
                .logout(logout -> logout
                        .logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
                .build();
    }

    /**
     * This application's staff pages, the analysts' figures (a university's managers sign in here too), and the one
     * sign-in of staff, administrators and analysts.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, StaffAuthenticationProvider staff, UnknownPaths unknownPaths)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher("/staff/**"), paths.matcher("/analytics/**")))
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login").permitAll()
                        .anyRequest().hasRole(StaffAuthenticationProvider.ROLE_STAFF))
                .formLogin(form -> form
                        .loginPage("/staff/login")
                        .authenticationDetailsSource(LoginDetails::of)
                        .defaultSuccessUrl("/staff", false)
                        .failureUrl("/staff/login?error"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unknownPaths.orSignIn(new LoginUrlAuthenticationEntryPoint("/staff/login")))
                        .accessDeniedHandler(unknownPaths.orDenied(new AccessDeniedHandlerImpl())))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?loggedOut"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new ForgedTokenTolerantCsrfHandler()))
                .headers(PageHeaders::apply)
                .build();
    }

    /** The Camunda webapps take the signed-in staff member from the request's user principal. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("camunda-webapps-single-sign-on");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** The engine's REST API acts as the engine user that the Basic credentials signed in. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
