package jp.shomei.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.shomei.security.AuditLog;
import jp.shomei.security.AuthEvent;
import jp.shomei.security.ForgedTokenTolerantCsrfHandler;
import jp.shomei.security.LoginDetails;
import jp.shomei.security.PageHeaders;
import jp.shomei.security.UnknownPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The graduates' and current students' side: public pages, the graduates' login with two passwords (the students'
 * is the directory's, see jp.shomei.student), and the signed-in service. Its chain takes every request the staff's
 * chains leave, and refuses what it does not name.
 */
@Configuration(proxyBeanMethods = false)
class GraduateSecurityConfig {

    @Bean
    @Order(4)
    SecurityFilterChain applicationChain(HttpSecurity http, GraduateAuthenticationProvider graduates, AuditLog audit,
            LoginSuccess loginSuccess, ReturnAfterLogin returnAfterLogin, UnknownPaths unknownPaths,
            LoginPaths loginPaths) throws Exception {
        return http
                .authenticationManager(new ProviderManager(graduates))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/students/*/login", "/students/mail-address/confirm/*",
                                "/register/**", "/register", "/password/forgotten",
                                "/password/forgotten/sent", "/password/reset/**", "/verify",
                                "/dev/mailbox", "/dev/print", "/dev/print/**", "/dev/payments", "/dev/payments/*/paid",
                                "/sandbox/paypal/**", "/payments/notify", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/error", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/password/setup/done").hasRole(Roles.GRADUATE)
                        .requestMatchers("/password/setup").hasRole(Roles.PASSWORD_SETUP)
                        .requestMatchers("/students/mail-address", "/students/mail-address/sent")
                        .hasAnyRole(Roles.STUDENT_MAIL_SETUP, Roles.STUDENT)
                        // Current students order and follow their orders as graduates do; the rest is graduates'.
                        .requestMatchers("/home", "/manual", "/session/keepalive", "/account/language",
                                "/account/printing-student-id", "/account/orders", "/account/orders/**",
                                "/account/applications", "/account/applications/**")
                        .hasAnyRole(Roles.GRADUATE, Roles.STUDENT)
                        .requestMatchers("/account/**").hasRole(Roles.GRADUATE)
                        .anyRequest().denyAll())
                .formLogin(form -> form
                        .loginPage("/")
                        .loginProcessingUrl("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .authenticationDetailsSource(LoginDetails::of)
                        .successHandler(loginSuccess)
                        .failureHandler(GraduateSecurityConfig::loginFailed))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof GraduatePrincipal p) {
                                audit.record(AuthEvent.Type.LOGOUT, p.accountId(), p.getName(), request.getRemoteAddr());
                            }
                        })
                        .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                                request.getContextPath() + loginPaths.of(authentication) + "?loggedOut")))
                // Payment providers notify server to server; their signature, not a session, proves them.
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new ForgedTokenTolerantCsrfHandler())
                        .ignoringRequestMatchers("/payments/notify"))
                .requestCache(cache -> cache.requestCache(returnAfterLogin.cache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unknownPaths.orSignIn(GraduateSecurityConfig::signInFirst))
                        .accessDeniedHandler(unknownPaths.orDenied((request, response, denied) -> {
                            Authentication current = SecurityContextHolder.getContext().getAuthentication();
                            if (current != null && hasRole(current, Roles.PASSWORD_SETUP)) {
                                response.sendRedirect(request.getContextPath() + "/password/setup");
                            } else if (current != null && hasRole(current, Roles.STUDENT_MAIL_SETUP)) {
                                response.sendRedirect(request.getContextPath() + "/students/mail-address");
                            } else {
                                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                            }
                        })))
                .headers(PageHeaders::apply)
                .build();
    }

    /** A page that needs a login: after a session ran out, the login page says why. */
    private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        response.sendRedirect(request.getContextPath() + (sessionEnded ? "/?timeout" : "/"));
    }

    /** Back to the login page with the mail address as typed (never the passwords), so only they are retyped. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= AuditLog.MAX_NAME) {
            FlashMap flash = new FlashMap();
            flash.put("username", username);
            flash.setTargetRequestPath(request.getContextPath() + "/");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath()
                + (exception instanceof InitialPasswordExpiredException ? "/?initialExpired" : "/?error"));
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
