package io.onewindow.keycloak;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.validate.SimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: the user gives the value once, on the registration form; afterwards only an
 * administrator (the admin console or API) changes it. The user profile's {@code permissions.edit}
 * cannot say this itself: with {@code edit: [admin]} the registration form does not offer the field
 * at all, so such fields are {@code edit: [admin, user]} and this validator refuses a user's change
 * to an existing account (setting a value the account did not have is a change too).
 */
public final class FixedAfterRegistrationValidator implements SimpleValidator, ConfiguredProvider {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-fixed-after-registration";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public ValidationContext validate(
            Object input, String attribute, ValidationContext context, ValidatorConfig config) {
        if (!(context instanceof UserProfileAttributeValidationContext profile)) {
            return context;
        }
        AttributeContext attributeContext = profile.getAttributeContext();
        UserModel user = attributeContext.getUser();
        if (user == null || attributeContext.getContext().isAdminContext()) {
            return context; // a new account, or an administrator
        }
        String stored = emptyToNull(user.getFirstAttribute(attribute));
        String given = emptyToNull(first(input));
        if (!Objects.equals(stored, given)) {
            context.addError(new ValidationError(ID, attribute, Messages.FIXED_AFTER_REGISTRATION));
        }
        return context;
    }

    private static String first(Object input) {
        if (input instanceof Collection<?> values) {
            return values.isEmpty() || values.iterator().next() == null
                    ? null
                    : values.iterator().next().toString();
        }
        return input == null ? null : input.toString();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getHelpText() {
        return "Set by the user at registration only; afterwards changed by administrators only";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
