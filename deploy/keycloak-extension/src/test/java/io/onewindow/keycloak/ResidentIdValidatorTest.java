package io.onewindow.keycloak;

import static io.onewindow.keycloak.ValidatorFixtures.GOOD_ID_NUMBER;
import static io.onewindow.keycloak.ValidatorFixtures.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ResidentIdValidatorTest {

    private final ResidentIdValidator validator = new ResidentIdValidator();

    @Test
    void acceptsAValidNumberOfARealProvince() {
        assertThat(messagesOf(validator, "id_number", GOOD_ID_NUMBER)).isEmpty();
    }

    @Test
    void acceptsALowerCaseX() {
        assertThat(messagesOf(validator, "id_number", "44011319921103317x")).isEmpty();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(messagesOf(validator, "id_number", "440113199003071236"))
                .containsExactly(Messages.RESIDENT_ID_CHECK_CHARACTER);
    }

    @Test
    void refusesABirthDateThatIsNotARealDate() {
        // 1990-02-30, check character computed for these 17 digits
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("44011319900230123")))
                .containsExactly(Messages.RESIDENT_ID_BIRTH_DATE);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String nextYear = LocalDate.now(ZoneOffset.ofHours(14)).plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("440113" + nextYear + "123")))
                .containsExactly(Messages.RESIDENT_ID_BIRTH_DATE);
    }

    @Test
    void refusesRegionZeroZeroEvenWithTheRightCheckCharacter() {
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("00011319900307123")))
                .containsExactly(Messages.RESIDENT_ID_REGION);
    }

    @Test
    void refusesTheCodesBetweenProvinces() {
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("16011319900307123")))
                .containsExactly(Messages.RESIDENT_ID_REGION);
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("83011319900307123")))
                .containsExactly(Messages.RESIDENT_ID_REGION);
    }

    @Test
    void acceptsTheFirstAndLastProvinceCodes() {
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("11010119900307123")))
                .isEmpty();
        assertThat(messagesOf(validator, "id_number", withCheckCharacter("82000019900307123")))
                .isEmpty();
    }

    @Test
    void refusesAWrongLengthOrLetters() {
        assertThat(messagesOf(validator, "id_number", "44011319900307123"))
                .containsExactly(Messages.RESIDENT_ID_FORMAT);
        assertThat(messagesOf(validator, "id_number", "4401131990030712A5"))
                .containsExactly(Messages.RESIDENT_ID_FORMAT);
    }

    @Test
    void leavesAnEmptyValueToTheRequiredValidators() {
        assertThat(messagesOf(validator, "id_number", "")).isEmpty();
    }

    /** The GB 11643 check character appended to 17 digits (computed here, independently of the code under test). */
    static String withCheckCharacter(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }
}
