package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static io.onewindow.keycloak.ValidatorFixtures.profileContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidatorConfig;

class FixedAfterRegistrationValidatorTest {

    private final FixedAfterRegistrationValidator validator = new FixedAfterRegistrationValidator();
    private final KeycloakSession session = mock(KeycloakSession.class);

    @Test
    void letsTheRegistrationFormSetTheValue() {
        assertThat(validate(UserProfileContext.REGISTRATION, null, "440113199003071235"))
                .isEmpty();
    }

    @Test
    void refusesTheUsersChangeAfterRegistration() {
        assertThat(validate(UserProfileContext.ACCOUNT, holding("440113199003071235"), "440113200002290028"))
                .containsExactly(Messages.FIXED_AFTER_REGISTRATION);
        assertThat(validate(UserProfileContext.UPDATE_PROFILE, holding("440113199003071235"), ""))
                .containsExactly(Messages.FIXED_AFTER_REGISTRATION);
    }

    @Test
    void refusesSettingAValueTheAccountDidNotHave() {
        assertThat(validate(UserProfileContext.ACCOUNT, holding(null), "440113199003071235"))
                .containsExactly(Messages.FIXED_AFTER_REGISTRATION);
    }

    @Test
    void acceptsTheUnchangedValue() {
        assertThat(validate(UserProfileContext.UPDATE_PROFILE, holding("440113199003071235"), "440113199003071235"))
                .isEmpty();
        assertThat(validate(UserProfileContext.UPDATE_PROFILE, holding(null), ""))
                .isEmpty();
    }

    @Test
    void letsAnAdministratorChangeIt() {
        assertThat(validate(UserProfileContext.USER_API, holding("440113199003071235"), "440113200002290028"))
                .isEmpty();
    }

    private List<String> validate(UserProfileContext operation, UserModel user, String value) {
        return messagesOf(
                validator,
                "id_number",
                List.of(value),
                profileContext(operation, session, user, Map.of()),
                ValidatorConfig.EMPTY);
    }

    private static UserModel holding(String idNumber) {
        UserModel user = mock(UserModel.class);
        when(user.getFirstAttribute("id_number")).thenReturn(idNumber);
        return user;
    }
}
