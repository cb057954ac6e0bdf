package io.onewindow.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text value that may end up in a MongoDB query: refuses a leading {@code $} (an
 * operator or field reference smuggled into a string) and control characters other than
 * tab and line breaks. {@code null} is valid; combine with {@code @NotBlank} where required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = SafeText.Validator.class)
public @interface SafeText {

    String message() default "must not start with '$' or contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<SafeText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isSafe(value);
        }

        /** The rule itself, usable outside Bean Validation. */
        public static boolean isSafe(String value) {
            if (value.stripLeading().startsWith("$")) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
