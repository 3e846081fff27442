package jp.shomei.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
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
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    /**
     * The Camunda webapps and the engine's REST API authenticate on their own (webapp login; HTTP Basic against
     * the engine's users) and send their own security headers and CSRF tokens.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, AuditLog audit, LoginSuccess loginSuccess)
            throws Exception {
        // GraduateAuthenticationProvider, the only AuthenticationProvider bean, checks the logins.
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/register/**", "/register", "/password/forgotten", "/staff/**",
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
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
                                + "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin()))
                .build();
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

    /** Every call to the engine's REST API needs an engine user's credentials. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }
}
