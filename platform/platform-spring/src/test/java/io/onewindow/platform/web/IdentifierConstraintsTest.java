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

    @Test
    void safeTextRefusesC1ControlsAndEveryBidirectionalFormattingCharacter() {
        assertThat(SafeText.Validator.isSafe("a\u0085b")).as("NEL, C1").isFalse();
        assertThat(SafeText.Validator.isSafe("a\u009Bb")).as("CSI, C1").isFalse();
        assertThat(SafeText.Validator.isSafe("a\u007Fb")).as("DEL").isFalse();
        int[] bidi = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C};
        for (int c : bidi) {
            String text = "张三" + Character.toString(c) + "有限公司";
            assertThat(SafeText.Validator.isSafe(text)).as("U+%04X in text", c).isFalse();
            assertThat(SafeText.Validator.isSafeName(text))
                    .as("U+%04X in a name", c)
                    .isFalse();
        }
        assertThat(SafeText.Validator.isSafe("a\u2029b"))
                .as("a paragraph separator is not a control")
                .isTrue();
        assertThat(SafeText.Validator.isSafe("a\u200Db"))
                .as("zero-width joiner (emoji, scripts)")
                .isTrue();
        assertThat(SafeText.Validator.isSafe("العربية")).isTrue();
    }

    @Test
    void aNameIsOneLineWithoutAnyControlCharacter() {
        assertThat(SafeText.Validator.isSafeName("广州市番禺区某某科技有限公司")).isTrue();
        assertThat(SafeText.Validator.isSafeName("Zhang San-Li")).isTrue();
        for (String control : new String[] {"\t", "\n", "\r", "\u0000", "\u001B", "\u0085"}) {
            assertThat(SafeText.Validator.isSafeName("张" + control + "三"))
                    .as("%s", control.codePointAt(0))
                    .isFalse();
        }
        assertThat(SafeText.Validator.isSafeName("$where")).isFalse();
    }
}
