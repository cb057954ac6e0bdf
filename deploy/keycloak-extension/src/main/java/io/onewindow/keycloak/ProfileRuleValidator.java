package io.onewindow.keycloak;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.validate.SimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * A rule about an attribute that depends on the user-profile operation (registration, the user's own
 * edit, an administrator's) rather than on the value's form: it runs only inside Keycloak's user
 * profile, empty values included.
 */
abstract class ProfileRuleValidator implements SimpleValidator, ConfiguredProvider {

    @Override
    public final ValidationContext validate(
            Object input, String attribute, ValidationContext context, ValidatorConfig config) {
        if (context instanceof UserProfileAttributeValidationContext profile
                && !allows(filled(input), attribute, profile.getAttributeContext(), config)) {
            context.addError(new ValidationError(getId(), attribute, message()));
        }
        return context;
    }

    /**
     * Whether the operation may leave the attribute with these values.
     *
     * @param values the values given, blank ones left out
     */
    abstract boolean allows(List<String> values, String attribute, AttributeContext operation, ValidatorConfig config);

    /** The message key of the refusal. */
    abstract String message();

    private static List<String> filled(Object input) {
        Stream<?> values = input instanceof Collection<?> several ? several.stream() : Stream.ofNullable(input);
        return values.filter(v -> v != null && !v.toString().isBlank())
                .map(Object::toString)
                .toList();
    }
}
