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
 * A free-text value that may end up in a MongoDB query or before an officer's eyes: refuses a
 * leading {@code $} (an operator or field reference smuggled into a string), control characters
 * (C0 and C1) other than tab and line breaks, and the Unicode bidirectional controls that make text
 * display differently from what it is (embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069, the marks U+200E, U+200F and U+061C: a name that reads as another). {@code null}
 * is valid; combine with {@code @NotBlank} where required.
 *
 * <p>Names of people, enterprises, matters and licenses are one line: {@code
 * @SafeText(multiline = false)} refuses tab and line breaks too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = SafeText.Validator.class)
public @interface SafeText {

    String message() default "{io.onewindow.platform.web.SafeText.message}";

    /** Whether tab and line breaks are allowed ({@code false} for names). */
    boolean multiline() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<SafeText, String> {

        private boolean multiline = true;

        @Override
        public void initialize(SafeText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (multiline ? isSafe(value) : isSafeName(value));
        }

        /** The rule for free text, usable outside Bean Validation. */
        public static boolean isSafe(String value) {
            return check(value, true);
        }

        /** The rule for a name (one line), usable outside Bean Validation. */
        public static boolean isSafeName(String value) {
            return check(value, false);
        }

        /** Whether {@code c} is a bidirectional formatting character (embedding, override, isolate, mark). */
        public static boolean isBidiControl(int c) {
            return (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E
                    || c == 0x200F
                    || c == 0x061C;
        }

        private static boolean check(String value, boolean multiline) {
            if (value.stripLeading().startsWith("$")) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean lineSpace = c == '\t' || c == '\n' || c == '\r';
                if (Character.isISOControl(c) && !(multiline && lineSpace)) {
                    return false;
                }
                if (isBidiControl(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
