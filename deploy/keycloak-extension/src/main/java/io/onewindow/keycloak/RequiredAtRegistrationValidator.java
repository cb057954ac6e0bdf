package io.onewindow.keycloak;

import java.util.Collection;
import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidatorConfig;

/**
 * {@value #ID}: the field must be filled in on the registration form, for every account or, with
 * {@value #WHEN_ATTRIBUTE} and {@value #WHEN_VALUES}, only when another field has one of the given
 * values (a company's credit code when {@code account_type} is {@code enterprise}).
 *
 * <p>Only the registration is checked. The user profile's own {@code required} would also hold for
 * the accounts that exist already (the demo and staff accounts have no mobile number), and Keycloak
 * would then stop their logins, direct grants included, until they filled the field in.
 */
public final class RequiredAtRegistrationValidator extends ProfileRuleValidator {

    /** The id under which the realm's user profile names this validator. */
    public static final String ID = "onewindow-required-at-registration";

    /** Config: the other attribute that decides whether this one is required. */
    public static final String WHEN_ATTRIBUTE = "when-attribute";

    /** Config: the values of {@value #WHEN_ATTRIBUTE} for which this one is required. */
    public static final String WHEN_VALUES = "when-values";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    boolean allows(List<String> values, String attribute, AttributeContext operation, ValidatorConfig config) {
        return operation.getContext() != UserProfileContext.REGISTRATION
                || !applies(operation, config)
                || !values.isEmpty();
    }

    @Override
    String message() {
        return Messages.REQUIRED_AT_REGISTRATION;
    }

    private static boolean applies(AttributeContext attributeContext, ValidatorConfig config) {
        String other = config == null ? null : config.getString(WHEN_ATTRIBUTE);
        if (other == null || other.isBlank()) {
            return true;
        }
        Object values = config.get(WHEN_VALUES);
        String actual = attributeContext.getAttributes().getFirst(other);
        if (values instanceof Collection<?> several) {
            return several.stream().map(String::valueOf).anyMatch(value -> value.equals(actual));
        }
        return values != null && values.toString().equals(actual);
    }

    @Override
    public String getHelpText() {
        return "Required on the registration form (optionally only when another attribute has one of some values)";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty attribute = new ProviderConfigProperty(
                WHEN_ATTRIBUTE,
                "When attribute",
                "Required only when this attribute has one of the values below",
                ProviderConfigProperty.STRING_TYPE,
                null);
        ProviderConfigProperty values = new ProviderConfigProperty(
                WHEN_VALUES,
                "When values",
                "Values of that attribute",
                ProviderConfigProperty.MULTIVALUED_STRING_TYPE,
                null);
        return List.of(attribute, values);
    }
}
