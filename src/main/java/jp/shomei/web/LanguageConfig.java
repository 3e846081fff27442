package jp.shomei.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Japanese by default (staff pages: the browser's language); the pull-down (?lang=en) is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
public class LanguageConfig implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    static final String COOKIE = "shomei-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return supported(super.resolveLocale(request));
            }
        };
        // Graduates' pages start in Japanese; staff pages, like the webapps they lead to, in the browser's language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath()
                + "/staff") ? VisitorLanguage.browser(request) : Locale.JAPANESE);
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(s -> s.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.JAPANESE);
    }
}
