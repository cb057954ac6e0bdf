package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static io.onewindow.keycloak.ValidatorFixtures.profileContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidatorConfig;

class RequiredAtRegistrationValidatorTest {

    private static final ValidatorConfig ALWAYS = ValidatorConfig.EMPTY;
    private static final ValidatorConfig FOR_ENTERPRISES = ValidatorConfig.builder()
            .config(RequiredAtRegistrationValidator.WHEN_ATTRIBUTE, "account_type")
            .config(RequiredAtRegistrationValidator.WHEN_VALUES, List.of("enterprise"))
            .build();

    private final RequiredAtRegistrationValidator validator = new RequiredAtRegistrationValidator();
    private final KeycloakSession session = mock(KeycloakSession.class);

    @Test
    void refusesAnEmptyFieldOnTheRegistrationForm() {
        assertThat(validate(UserProfileContext.REGISTRATION, List.of(), ALWAYS, Map.of()))
                .containsExactly(Messages.REQUIRED_AT_REGISTRATION);
        assertThat(validate(UserProfileContext.REGISTRATION, List.of("  "), ALWAYS, Map.of()))
                .containsExactly(Messages.REQUIRED_AT_REGISTRATION);
    }

    @Test
    void acceptsAFilledField() {
        assertThat(validate(UserProfileContext.REGISTRATION, List.of("13800138000"), ALWAYS, Map.of()))
                .isEmpty();
    }

    @Test
    void leavesExistingAccountsWithoutTheFieldAlone() {
        assertThat(validate(UserProfileContext.UPDATE_PROFILE, List.of(), ALWAYS, Map.of()))
                .isEmpty();
        assertThat(validate(UserProfileContext.USER_API, List.of(), ALWAYS, Map.of()))
                .isEmpty();
    }

    @Test
    void requiresTheCreditCodeOfACompany() {
        assertThat(validate(
                        UserProfileContext.REGISTRATION,
                        List.of(),
                        FOR_ENTERPRISES,
                        Map.of("account_type", "enterprise")))
                .containsExactly(Messages.REQUIRED_AT_REGISTRATION);
    }

    @Test
    void doesNotRequireTheCreditCodeOfAResidentOrAnAgent() {
        assertThat(validate(
                        UserProfileContext.REGISTRATION, List.of(), FOR_ENTERPRISES, Map.of("account_type", "citizen")))
                .isEmpty();
        assertThat(validate(
                        UserProfileContext.REGISTRATION, List.of(), FOR_ENTERPRISES, Map.of("account_type", "agent")))
                .isEmpty();
    }

    private List<String> validate(
            UserProfileContext operation, List<String> values, ValidatorConfig config, Map<String, String> others) {
        UserModel none = null;
        return messagesOf(validator, "field", values, profileContext(operation, session, none, others), config);
    }
}
