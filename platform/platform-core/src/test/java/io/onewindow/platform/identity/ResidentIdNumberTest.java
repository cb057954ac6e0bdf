package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"440113199003071235", "440113200002290028", "44011319950515118X", "11010519491231002X"})
    void acceptsTheValidDomainVectors(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isTrue();
        assertThat(ResidentIdNumber.of(number).value()).isEqualTo(number);
    }

    @Test
    void acceptsLowercaseXAndStoresItUppercase() {
        ResidentIdNumber id = ResidentIdNumber.of("44011319950515118x");

        assertThat(id.value()).isEqualTo("44011319950515118X");
        assertThat(id).isEqualTo(ResidentIdNumber.of("44011319950515118X"));
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThatThrownBy(() -> ResidentIdNumber.of("440113199003071230"))
                .isInstanceOf(InvalidIdentifierException.class)
                .isNotInstanceOf(IllegalArgumentException.class)
                .extracting(e -> ((InvalidIdentifierException) e).code())
                .isEqualTo("resident-id.check-character");
        assertThat(ResidentIdNumber.isValid("440113199003071230")).isFalse();
    }

    @Test
    void refusesTheTwentyNinthOfFebruaryInTheNonLeapYear1900EvenWithAMatchingCheckCharacter() {
        assertThatThrownBy(() -> ResidentIdNumber.of("440113190002290021"))
                .isInstanceOf(InvalidIdentifierException.class)
                .extracting(e -> ((InvalidIdentifierException) e).code())
                .isEqualTo("resident-id.birth-date");
        assertThat(ResidentIdNumber.isValid("440113190002290021")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "440113199013071236", // month 13
                "440113199004311234", // 31 April
                "440113199000001234", // month 0
                "440113189912311234", // before 1900
            })
    void refusesBirthDatesThatAreNotRealOrTooEarly(String number) {
        assertThat(codeOf(() -> ResidentIdNumber.of(number))).isEqualTo("resident-id.birth-date");
    }

    @Test
    void refusesABirthDateInTheFutureWithAMatchingCheckCharacter() {
        LocalDate nextYear = LocalDate.now().plusYears(1);
        String first17 = "440113" + nextYear.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123";

        assertThat(codeOf(() -> ResidentIdNumber.of(first17 + checkCharacterFor(first17))))
                .isEqualTo("resident-id.birth-date");
    }

    @Test
    void acceptsSomeoneBornToday() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String first17 = "440113" + today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123";

        assertThat(ResidentIdNumber.of(first17 + checkCharacterFor(first17)).birthDate())
                .isEqualTo(today);
    }

    @Test
    void acceptsTheEarliestBirthDate() {
        String first17 = "44011319000101123";
        ResidentIdNumber id = ResidentIdNumber.of(first17 + checkCharacterFor(first17));

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   \t\n"})
    void refusesMissingValues(String value) {
        assertThat(codeOf(() -> ResidentIdNumber.of(value))).isEqualTo("resident-id.required");
        assertThat(ResidentIdNumber.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "44011319900307123", // 17
                "4401131990030712355", // 19
                " 440113199003071235", // surrounding whitespace is not trimmed here
                "440113199003071235 ",
                "44011319900307 1235",
                "{\"$ne\": null}",
                "{\"$ne\":\"44011319\"}", // 18 characters
                "44011319900307123Y",
                "4401131990030712X5",
                "Ａ40113199003071235",
                "４40113199003071235", // full-width digit
                "٤40113199003071235", // Arabic-Indic digit
                "44011319900307123\u0000",
                "'; DROP TABLE x;--",
            })
    void refusesMalformedValues(String value) {
        assertThat(codeOf(() -> ResidentIdNumber.of(value))).isEqualTo("resident-id.format");
        assertThat(ResidentIdNumber.isValid(value)).isFalse();
    }

    @Test
    void refusesAVeryLongValueWithoutLookingAtItsContent() {
        assertThat(codeOf(() -> ResidentIdNumber.of("4".repeat(1_000_000)))).isEqualTo("resident-id.format");
    }

    @Test
    void masksBirthDateAndSequence() {
        assertThat(ResidentIdNumber.of("440113199003071235").masked()).isEqualTo("440113********1235");
        assertThat(ResidentIdNumber.of("44011319950515118x").masked()).isEqualTo("440113********118X");
    }

    @Test
    void neverShowsTheFullNumberInToString() {
        ResidentIdNumber id = ResidentIdNumber.of("440113199003071235");

        assertThat(id.toString()).isEqualTo("440113********1235").doesNotContain("19900307");
        assertThat("applicant " + id).doesNotContain("440113199003071235");
    }

    @Test
    void neverShowsTheRefusedValueInTheExceptionMessage() {
        assertThatThrownBy(() -> ResidentIdNumber.of("440113199003071230"))
                .message()
                .doesNotContain("440113199003071230")
                .doesNotContain("19900307");
    }

    @Test
    void exposesRegionAndBirthDate() {
        ResidentIdNumber id = ResidentIdNumber.of("440113200002290028");

        assertThat(id.regionCode()).isEqualTo("440113");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(ResidentIdNumber.of("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void theConstructorValidatesToo() {
        assertThat(codeOf(() -> new ResidentIdNumber("440113199003071230"))).isEqualTo("resident-id.check-character");
        assertThat(new ResidentIdNumber("44011319950515118x").value()).isEqualTo("44011319950515118X");
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidIdentifierException e) {
            return e.code();
        }
        throw new AssertionError("expected an InvalidIdentifierException");
    }

    private static char checkCharacterFor(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
