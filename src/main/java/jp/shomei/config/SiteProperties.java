package jp.shomei.config;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the service is reached from outside: links in mails and in staff forms start here. */
@ConfigurationProperties("shomei")
public record SiteProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

    public String url(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** A link from a mail to a page that opens in the mail's language, whatever the browser that follows it. */
    public String url(String path, Locale language) {
        return url(path) + "?lang=" + language.getLanguage();
    }
}
