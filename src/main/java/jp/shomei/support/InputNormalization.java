package jp.shomei.support;

import java.text.Normalizer;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds {@link DateInput} fields: full-width digits and the usual separators accepted. */
@Configuration(proxyBeanMethods = false)
public class InputNormalization implements WebMvcConfigurer {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D?|(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D?|(\\d{4})(\\d{2})");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateInput>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(LocalDate.class, YearMonth.class);
            }

            @Override
            public Printer<?> getPrinter(DateInput annotation, Class<?> fieldType) {
                return fieldType == LocalDate.class ? dates() : yearMonths();
            }

            @Override
            public Parser<?> getParser(DateInput annotation, Class<?> fieldType) {
                return fieldType == LocalDate.class ? dates() : yearMonths();
            }
        });
    }

    /** Half-width digits and letters, no surrounding spaces. */
    public static String halfWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static Formatter<LocalDate> dates() {
        return new Formatter<>() {
            @Override
            public LocalDate parse(String text, Locale locale) throws ParseException {
                Matcher m = DATE.matcher(halfWidth(text));
                try {
                    if (m.matches()) {
                        return m.group(1) != null
                                ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                                : LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
                    }
                } catch (DateTimeException e) {
                    // Falls through to the refusal below: no such day.
                }
                throw new ParseException(text, 0);
            }

            @Override
            public String print(LocalDate value, Locale locale) {
                return value.toString();
            }
        };
    }

    private static Formatter<YearMonth> yearMonths() {
        return new Formatter<>() {
            @Override
            public YearMonth parse(String text, Locale locale) throws ParseException {
                Matcher m = YEAR_MONTH.matcher(halfWidth(text));
                try {
                    if (m.matches()) {
                        return m.group(1) != null
                                ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                                : YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                    }
                } catch (DateTimeException e) {
                    // Falls through to the refusal below: no such month.
                }
                throw new ParseException(text, 0);
            }

            @Override
            public String print(YearMonth value, Locale locale) {
                return value.toString();
            }
        };
    }
}
