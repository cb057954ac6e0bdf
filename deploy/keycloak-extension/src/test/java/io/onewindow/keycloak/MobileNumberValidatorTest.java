package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileNumberValidatorTest {

    private final MobileNumberValidator validator = new MobileNumberValidator();

    @Test
    void acceptsMainlandMobileNumbersFrom13To19() {
        assertThat(messagesOf(validator, "mobile", "13800138000")).isEmpty();
        assertThat(messagesOf(validator, "mobile", "19912345678")).isEmpty();
    }

    @Test
    void refusesNumbersStarting10To12() {
        assertThat(messagesOf(validator, "mobile", "12800138000")).containsExactly(Messages.MOBILE_FORMAT);
    }

    @Test
    void refusesWrongLengthsCountryCodesAndSeparators() {
        assertThat(messagesOf(validator, "mobile", "1380013800")).containsExactly(Messages.MOBILE_FORMAT);
        assertThat(messagesOf(validator, "mobile", "138001380001")).containsExactly(Messages.MOBILE_FORMAT);
        assertThat(messagesOf(validator, "mobile", "+8613800138000")).containsExactly(Messages.MOBILE_FORMAT);
        assertThat(messagesOf(validator, "mobile", "138-0013-8000")).containsExactly(Messages.MOBILE_FORMAT);
    }
}
