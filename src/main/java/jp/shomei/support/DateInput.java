package jp.shomei.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date (LocalDate) or year and month (YearMonth) bound from what the browser's control sends (ISO) or what a
 * person types where there is no such control ("2000/1/2", "２０００年１月２日", "20000102"), and shown as ISO.
 * See {@link InputNormalization}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DateInput {
}
