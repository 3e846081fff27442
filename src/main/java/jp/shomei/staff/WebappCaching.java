package jp.shomei.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long browsers keep the Camunda webapps' static files. The webapps ask for Camunda's own files with Camunda's
 * version in the URL ({@code ?bust=7.24.0}), so a browser may keep those for a year and fetch them again only with
 * another version. Shomei's files among them (styles, scripts, settings, translations) keep their URLs, or get
 * Camunda's version, across Shomei's releases: browsers check them at every load (a 304 while unchanged), as they do
 * Camunda's files asked for without a version. The webapps' HTML is written by the engines' filter before Spring MVC
 * and is never cached.
 */
@Configuration(proxyBeanMethods = false)
class WebappCaching implements WebMvcConfigurer {

    static final String VERSION_PARAMETER = "bust";

    private static final String[] CAMUNDA_FILES = {"/camunda/app/**", "/camunda/lib/**", "/camunda/assets/**"};
    private static final String[] SHOMEI_FILES = {"/camunda/app/shomei/**", "/camunda/app/*/scripts/**",
        "/camunda/app/*/styles/**", "/camunda/app/*/locales/**"};

    private static final String VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()
            .getHeaderValue();
    private static final String CHECKED = CacheControl.noCache().cachePrivate().getHeaderValue();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(cacheControl(false)).addPathPatterns(SHOMEI_FILES);
        registry.addInterceptor(cacheControl(true)).addPathPatterns(CAMUNDA_FILES).excludePathPatterns(SHOMEI_FILES);
    }

    private static HandlerInterceptor cacheControl(boolean versionedUrlsLast) {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                boolean versioned = versionedUrlsLast && request.getParameter(VERSION_PARAMETER) != null;
                response.setHeader(HttpHeaders.CACHE_CONTROL, versioned ? VERSIONED : CHECKED);
                return true;
            }
        };
    }
}
