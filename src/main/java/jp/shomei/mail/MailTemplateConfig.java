package jp.shomei.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/** Mail bodies are plain-text Thymeleaf templates under templates/mail, beside the page templates. */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfig {

    @Bean
    SpringResourceTemplateResolver mailTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("mail/*"));
        resolver.setOrder(1);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
