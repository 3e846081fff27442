package jp.shomei.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jp.shomei.analytics.WorkloadGauges;
import jp.shomei.security.LoginDetails;
import jp.shomei.staff.StaffAuthenticationProvider;
import jp.shomei.staff.StaffPrincipal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The meters at /actuator/prometheus are for the monitoring system only: engine users in the group {@value #GROUP}
 * with HTTP Basic (the staff sign-in's checks: throttled and audited), or the bearer token from
 * {@code shomei.monitoring.token}. No session, so no CSRF. Anyone else signed in gets 403; nobody signed in, 401.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringSecurityConfig {

    /** The engine group whose members may scrape the meters. */
    public static final String GROUP = "monitoring";

    private static final String ROLE = "MONITORING";
    private static final String BEARER = "Bearer ";

    /** Comes before the graduates' catch-all chain; /actuator/health stays public there. */
    @Bean
    @Order(3)
    SecurityFilterChain monitoringChain(HttpSecurity http, StaffAuthenticationProvider staff,
            MonitoringProperties properties, WorkloadGauges workload) throws Exception {
        AuthenticationFilter token = new AuthenticationFilter(tokenCheck(properties), MonitoringSecurityConfig::bearer);
        token.setSuccessHandler((request, response, authentication) -> {
        });
        token.setFailureHandler(new AuthenticationEntryPointFailureHandler(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        Filter refreshWorkload = (request, response, chain) -> {
            workload.refreshIfStale();
            chain.doFilter(request, response);
        };
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus/**"))
                .authenticationManager(members(staff))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ROLE))
                .httpBasic(basic -> basic.authenticationDetailsSource(LoginDetails::of))
                .addFilterBefore(token, AuthorizationFilter.class)
                // Only a scrape that may read the gauges brings them up to date.
                .addFilterAfter(refreshWorkload, AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** The staff sign-in, with the monitoring role for the group's members. */
    private static AuthenticationManager members(StaffAuthenticationProvider staff) {
        return authentication -> {
            Authentication signedIn = staff.authenticate(authentication);
            if (signedIn.getPrincipal() instanceof StaffPrincipal member && member.groupIds().contains(GROUP)) {
                List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
                authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
                return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
            }
            return signedIn;
        };
    }

    /** The configured token, compared in constant time (as hashes, so that not even its length shows). */
    private static AuthenticationManager tokenCheck(MonitoringProperties properties) {
        byte[] expected = properties.tokenAccess() ? sha256(properties.token()) : null;
        return authentication -> {
            if (expected == null || !MessageDigest.isEqual(expected, sha256((String) authentication.getCredentials()))) {
                throw new BadCredentialsException("Wrong monitoring token");
            }
            return new PreAuthenticatedAuthenticationToken("monitoring-token", null,
                    AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
        };
    }

    private static Authentication bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return new PreAuthenticatedAuthenticationToken("monitoring-token", header.substring(BEARER.length()).trim());
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
