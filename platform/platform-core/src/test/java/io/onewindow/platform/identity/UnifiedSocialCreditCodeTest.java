package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91440113MA5D000166", "124401130075001204", "11100000000013338W"})
    void acceptsTheValidDomainVectors(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        UnifiedSocialCreditCode credit = UnifiedSocialCreditCode.of(code);
        assertThat(credit.value()).isEqualTo(code);
        assertThat(credit.isIrregular()).isFalse();
        assertThat(credit.irregularApproval()).isEmpty();
    }

    @Test
    void acceptsLowercaseAndStoresItUppercase() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91440113ma5d000166");

        assertThat(code.value()).isEqualTo("91440113MA5D000166");
        assertThat(code).isEqualTo(UnifiedSocialCreditCode.of("91440113MA5D000166"));
        assertThat(UnifiedSocialCreditCode.isValid("11100000000013338w")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.of("91440113MA5D000167")))
                .isEqualTo("credit-code.check-character");
        assertThat(UnifiedSocialCreditCode.isValid("91440113MA5D000167")).isFalse();
    }

    @Test
    void refusesTheLetterI() {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.of("91440113MA5D0001I6")))
                .isEqualTo("credit-code.format");
        assertThat(UnifiedSocialCreditCode.isValid("91440113MA5D0001I6")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91440113MA5D0001O6",
                "91440113MA5D0001S6",
                "91440113MA5D0001V6",
                "91440113MA5D0001Z6",
                "91440113ma5d0001i6", // lowercase letters that are not used either
                "91440113MA5D0001-6",
                "91440113MA5D 00166",
                " 91440113MA5D00016",
                "9144011３MA5D000166", // full-width digit
                "{\"$ne\":\"91440113\"}", // 18 characters
                "9144011MA5D000166", // 17
                "91440113MA5D0001666", // 19
            })
    void refusesMalformedValues(String value) {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.of(value))).isEqualTo("credit-code.format");
        assertThat(UnifiedSocialCreditCode.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n  "})
    void refusesMissingValues(String value) {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.of(value))).isEqualTo("credit-code.required");
        assertThat(UnifiedSocialCreditCode.isValid(value)).isFalse();
    }

    @Test
    void masksTheMiddle() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91440113MA5D000166");

        assertThat(code.masked()).isEqualTo("91440113******0166");
        assertThat(code.toString()).isEqualTo("91440113******0166");
        assertThat(code.regionCode()).isEqualTo("440113");
    }

    @Test
    void admitsAnIrregularCodeOnlyWithTheApproverAndReasonRecordedOnTheValue() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.acceptIrregular(
                "91440113ma5d000167", "officer1", "Issuing authority confirmed the code in writing");

        assertThat(code.value()).isEqualTo("91440113MA5D000167");
        assertThat(code.isIrregular()).isTrue();
        assertThat(code.irregularApproval())
                .contains(new UnifiedSocialCreditCode.IrregularApproval(
                        "officer1", "Issuing authority confirmed the code in writing"));
        assertThat(UnifiedSocialCreditCode.isValid(code.value())).isFalse();
    }

    @Test
    void anIrregularCodeMustStillUseTheAlphabetAndLength() {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.acceptIrregular("91440113MA5D0001I6", "officer1", "reason")))
                .isEqualTo("credit-code.format");
        assertThat(codeOf(() -> UnifiedSocialCreditCode.acceptIrregular("91440113MA5D00016", "officer1", "reason")))
                .isEqualTo("credit-code.format");
        assertThat(codeOf(() -> UnifiedSocialCreditCode.acceptIrregular(null, "officer1", "reason")))
                .isEqualTo("credit-code.required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAnIrregularCodeWithoutApproverOrReason(String missing) {
        assertThat(codeOf(() -> UnifiedSocialCreditCode.acceptIrregular("91440113MA5D000167", missing, "reason")))
                .isEqualTo("credit-code.irregular-approval");
        assertThat(codeOf(() -> UnifiedSocialCreditCode.acceptIrregular("91440113MA5D000167", "officer1", missing)))
                .isEqualTo("credit-code.irregular-approval");
    }

    @Test
    void aCodeThatPassesTheCheckIsRegularEvenWhenOfferedAsIrregular() {
        UnifiedSocialCreditCode code =
                UnifiedSocialCreditCode.acceptIrregular("91440113MA5D000166", "officer1", "thought it was wrong");

        assertThat(code.isIrregular()).isFalse();
        assertThat(code).isEqualTo(UnifiedSocialCreditCode.of("91440113MA5D000166"));
    }

    @Test
    void equalityIsByTheCodeAlone() {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.acceptIrregular("91440113MA5D000167", "officer1", "r1");
        UnifiedSocialCreditCode b = UnifiedSocialCreditCode.acceptIrregular("91440113MA5D000167", "officer2", "r2");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(UnifiedSocialCreditCode.of("91440113MA5D000166"));
    }

    @Test
    void failuresAreNotIllegalArgumentExceptionsAndDoNotRepeatTheValue() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91440113MA5D000167"))
                .isInstanceOf(InvalidIdentifierException.class)
                .isNotInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("91440113MA5D000167");
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidIdentifierException e) {
            return e.code();
        }
        throw new AssertionError("expected an InvalidIdentifierException");
    }
}
