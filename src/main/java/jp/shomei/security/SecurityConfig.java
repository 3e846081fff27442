package jp.shomei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.shomei.staff.StaffAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

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

    /** This application's staff pages, and the one sign-in of staff, administrators and analysts. */
    @Bean
    @Order(2)
    SecurityFilterChain staffChain(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/staff/**"))
                .authenticationManager(new ProviderManager(staff))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login").permitAll()
                        .anyRequest().hasRole(StaffAuthenticationProvider.ROLE_STAFF))
                .formLogin(form -> form
                        .loginPage("/staff/login")
                        .authenticationDetailsSource(LoginDetails::of)
                        .defaultSuccessUrl("/staff", false)
                        .failureUrl("/staff/login?error"))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?loggedOut"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new ForgedTokenTolerantCsrfHandler()))
                .headers(SecurityConfig::applicationHeaders)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain applicationChain(HttpSecurity http, GraduateAuthenticationProvider graduates, AuditLog audit,
            LoginSuccess loginSuccess, ReturnAfterLogin returnAfterLogin) throws Exception {
        return http
                .authenticationManager(new ProviderManager(graduates))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/register/**", "/register", "/password/forgotten",
                                "/password/forgotten/sent", "/password/reset/**",
                                "/dev/mailbox", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers("/password/setup/done").hasRole(Roles.GRADUATE)
                        .requestMatchers("/password/setup").hasRole(Roles.PASSWORD_SETUP)
                        .requestMatchers("/home", "/account/**", "/manual", "/session/keepalive").hasRole(Roles.GRADUATE)
                        .anyRequest().denyAll())
                .formLogin(form -> form
                        .loginPage("/")
                        .loginProcessingUrl("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .authenticationDetailsSource(LoginDetails::of)
                        .successHandler(loginSuccess)
                        .failureHandler(SecurityConfig::loginFailed))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof GraduatePrincipal p) {
                                audit.record(AuthEvent.Type.LOGOUT, p.accountId(), p.email(), request.getRemoteAddr());
                            }
                        })
                        .logoutSuccessUrl("/?loggedOut"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new ForgedTokenTolerantCsrfHandler()))
                .requestCache(cache -> cache.requestCache(returnAfterLogin.cache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityConfig::signInFirst)
                        .accessDeniedHandler((request, response, denied) -> {
                            Authentication current = SecurityContextHolder.getContext().getAuthentication();
                            if (current != null && hasRole(current, Roles.PASSWORD_SETUP)) {
                                response.sendRedirect(request.getContextPath() + "/password/setup");
                            } else {
                                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                            }
                        }))
                .headers(SecurityConfig::applicationHeaders)
                .build();
    }

    private static void applicationHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
                        + "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin());
    }

    /** A page that needs a login: after a session ran out, the login page says why. */
    private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        response.sendRedirect(request.getContextPath() + (sessionEnded ? "/?timeout" : "/"));
    }

    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath()
                + (exception instanceof InitialPasswordExpiredException ? "/?initialExpired" : "/?error"));
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
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
