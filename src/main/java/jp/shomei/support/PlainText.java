package jp.shomei.support;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that staff will read as it was typed: no control characters (line breaks included) and no characters
 * that change the direction of the text, which could hide or reorder what a reviewer sees.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
