package jp.shomei.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Turns a plain-text mail into safe HTML whose http(s) URLs are links. */
final class MailText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailText() {
    }

    static String linkify(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        Matcher matcher = URL.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(html, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(html);
        return html.toString();
    }
}
