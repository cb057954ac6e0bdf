package io.onewindow.platform.web;

import io.onewindow.platform.identity.LicenseIdentifier;
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
 * An electronic license identifier (GB/T 36904) of the right shape with a correct ISO 7064 MOD 37,36
 * check character. {@code null} is valid; combine with {@code @NotBlank} where required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = LicenseId.Validator.class)
public @interface LicenseId {

    String message() default "{io.onewindow.platform.web.LicenseId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<LicenseId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LicenseIdentifier.isValid(value);
        }
    }
}
