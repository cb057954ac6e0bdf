package io.onewindow.keycloak;

import java.util.List;
import java.util.Objects;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: the user gives the value once, on the registration form; afterwards only an
 * administrator (the admin console or API) changes it. The user profile's {@code permissions.edit}
 * cannot say this itself: with {@code edit: [admin]} the registration form does not offer the field
 * at all, so such fields are {@code edit: [admin, user]} and this validator refuses a user's change
 * to an existing account (setting a value the account did not have is a change too).
 */
public final class FixedAfterRegistrationValidator extends ProfileRuleValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-fixed-after-registration";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    boolean allows(List<String> values, String attribute, AttributeContext operation, ValidatorConfig config) {
        UserModel user = operation.getUser();
        if (user == null || operation.getContext().isAdminContext()) {
            return true; // a new account, or an administrator
        }
        String stored = user.getFirstAttribute(attribute);
        String given = values.isEmpty() ? null : values.get(0);
        return Objects.equals(stored == null || stored.isBlank() ? null : stored, given);
    }

    @Override
    String message() {
        return Messages.FIXED_AFTER_REGISTRATION;
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
