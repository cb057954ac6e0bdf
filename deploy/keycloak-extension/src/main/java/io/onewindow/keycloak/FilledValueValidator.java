package io.onewindow.keycloak;

import java.util.List;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidatorConfig;

/**
 * A validator of the form of a value that leaves empty fields alone: whether a field must be filled
 * in is the business of {@link RequiredAtRegistrationValidator} (Keycloak's own string validators
 * would otherwise check an empty string too).
 */
abstract class FilledValueValidator extends AbstractStringValidator implements ConfiguredProvider {

    @Override
    protected boolean skipValidation(Object value, ValidatorConfig config) {
        return value == null || value.toString().isBlank();
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
