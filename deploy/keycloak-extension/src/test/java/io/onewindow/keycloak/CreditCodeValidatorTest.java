package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.GOOD_CREDIT_CODE;
import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeValidatorTest {

    private final CreditCodeValidator validator = new CreditCodeValidator();

    @Test
    void acceptsAValidCode() {
        assertThat(messagesOf(validator, "credit_code", GOOD_CREDIT_CODE)).isEmpty();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(messagesOf(validator, "credit_code", "91440113MA5D000167"))
                .containsExactly(Messages.CREDIT_CODE_CHECK_CHARACTER);
    }

    @Test
    void refusesLettersOutsideTheAlphabetAndAWrongLength() {
        assertThat(messagesOf(validator, "credit_code", "91440113MA5D00016I"))
                .containsExactly(Messages.CREDIT_CODE_FORMAT);
        assertThat(messagesOf(validator, "credit_code", "91440113MA5D00016"))
                .containsExactly(Messages.CREDIT_CODE_FORMAT);
    }
}
