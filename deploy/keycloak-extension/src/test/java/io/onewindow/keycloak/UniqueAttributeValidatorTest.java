package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static io.onewindow.keycloak.ValidatorFixtures.profileContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.ValidatorConfig;

class UniqueAttributeValidatorTest {

    private static final String TAKEN = "44011319921103317X";

    private final UniqueAttributeValidator validator = new UniqueAttributeValidator();
    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final UserModel holder = user("holder-id");

    @BeforeEach
    void realmWhereOneAccountHoldsTheNumber() {
        KeycloakContext context = mock(KeycloakContext.class);
        UserProvider users = mock(UserProvider.class);
        when(session.getContext()).thenReturn(context);
        when(context.getRealm()).thenReturn(realm);
        when(session.users()).thenReturn(users);
        when(users.searchForUserByUserAttributeStream(eq(realm), anyString(), anyString()))
                .thenAnswer(call -> Stream.empty());
        when(users.searchForUserByUserAttributeStream(realm, "id_number", TAKEN))
                .thenAnswer(call -> Stream.of(holder));
    }

    @Test
    void refusesANumberAnotherAccountHoldsAtRegistration() {
        assertThat(validate(TAKEN, null)).containsExactly(Messages.ALREADY_TAKEN);
    }

    @Test
    void refusesTheSameNumberWithALowerCaseX() {
        assertThat(validate("44011319921103317x", null)).containsExactly(Messages.ALREADY_TAKEN);
    }

    @Test
    void acceptsANumberNobodyHolds() {
        assertThat(validate(ValidatorFixtures.GOOD_ID_NUMBER, null)).isEmpty();
    }

    @Test
    void letsTheHolderKeepItsOwnNumber() {
        assertThat(validate(TAKEN, holder)).isEmpty();
    }

    @Test
    void refusesTheNumberToAnotherExistingAccount() {
        assertThat(validate(TAKEN, user("someone-else"))).containsExactly(Messages.ALREADY_TAKEN);
    }

    private java.util.List<String> validate(String value, UserModel user) {
        return messagesOf(
                validator,
                "id_number",
                value,
                profileContext(UserProfileContext.REGISTRATION, session, user, Map.of()),
                ValidatorConfig.EMPTY);
    }

    private static UserModel user(String id) {
        UserModel user = mock(UserModel.class);
        when(user.getId()).thenReturn(id);
        return user;
    }
}
