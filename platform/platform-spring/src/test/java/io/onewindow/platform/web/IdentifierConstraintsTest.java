package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

    @Test
    void residentIdConstraintChecksTheCheckCharacter() {
        ResidentId.Validator validator = new ResidentId.Validator();
        assertThat(validator.isValid("440113199003071235", null)).isTrue();
        assertThat(validator.isValid("440113199003071230", null)).isFalse();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void creditCodeConstraintChecksTheCheckCharacter() {
        CreditCode.Validator validator = new CreditCode.Validator();
        assertThat(validator.isValid("91440113MA5D000166", null)).isTrue();
        assertThat(validator.isValid("91440113MA5D000167", null)).isFalse();
    }

    @Test
    void safeTextRefusesOperatorsAndControlCharacters() {
        assertThat(SafeText.Validator.isSafe("番禺区市桥街")).isTrue();
        assertThat(SafeText.Validator.isSafe(" $where")).isFalse();
        assertThat(SafeText.Validator.isSafe("a\u0000b")).isFalse();
        assertThat(SafeText.Validator.isSafe("line one\nline two")).isTrue();
    }
}
