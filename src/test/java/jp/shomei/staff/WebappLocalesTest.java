package jp.shomei.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Each Japanese locale file of the staff webapps has exactly the labels of the English file shipped with the
 * engine's webapps, so an upgrade that adds or drops labels is caught here.
 */
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}");

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void shouldTranslateEveryLabelOfTheShippedEnglishFile(String webapp) throws IOException {
        Map<String, String> english = labels(webapp, "en");
        Map<String, String> japanese = labels(webapp, "ja");

        assertThat(japanese.keySet()).as("labels of %s/ja.json", webapp).isEqualTo(english.keySet());
        english.forEach((key, text) -> {
            Matcher placeholders = PLACEHOLDER.matcher(text);
            while (placeholders.find()) {
                assertThat(japanese.get(key)).as("%s %s keeps %s", webapp, key, placeholders.group())
                        .contains(placeholders.group());
            }
        });
        assertThat(japanese.getOrDefault("BANNER_CE_EOL_TEXT", "")).isEmpty();
    }

    private static Map<String, String> labels(String webapp, String language) throws IOException {
        try (InputStream in = new ClassPathResource(String.format(LOCALES, webapp, language)).getInputStream()) {
            Map<String, String> labels = new TreeMap<>();
            flatten("", new ObjectMapper().readTree(in), labels);
            return labels;
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> labels) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), labels);
            }
        } else {
            labels.put(prefix, node.asText());
        }
    }
}
