package io.onewindow.keycloak;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.Attributes;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.Validator;
import org.keycloak.validate.ValidatorConfig;

/** Runs a validator the way Keycloak's user profile does: the values as a list, the attribute as hint. */
final class ValidatorFixtures {

    /** citizen1's number in the demo realm: 440113 (Guangzhou, Panyu), born 1990-03-07, check 5. */
    static final String GOOD_ID_NUMBER = "440113199003071235";

    /** enterprise1's code in the demo realm. */
    static final String GOOD_CREDIT_CODE = "91440113MA5D000166";

    private ValidatorFixtures() {}

    static List<String> messagesOf(Validator validator, String attribute, String value) {
        return messagesOf(validator, attribute, value, new ValidationContext(), ValidatorConfig.EMPTY);
    }

    static List<String> messagesOf(
            Validator validator, String attribute, Object value, ValidationContext context, ValidatorConfig config) {
        Object input = value instanceof String text ? List.of(text) : value;
        return validator.validate(input, attribute, context, config).getErrors().stream()
                .map(ValidationError::getMessage)
                .toList();
    }

    /** The context of one attribute in a user-profile operation ({@code user} null: a new account). */
    static UserProfileAttributeValidationContext profileContext(
            UserProfileContext operation, KeycloakSession session, UserModel user, Map<String, String> otherFields) {
        Attributes attributes = mock(Attributes.class);
        otherFields.forEach((name, value) -> when(attributes.getFirst(name)).thenReturn(value));
        return new UserProfileAttributeValidationContext(
                new AttributeContext(operation, session, Map.entry("field", List.of()), user, null, attributes));
    }
}
