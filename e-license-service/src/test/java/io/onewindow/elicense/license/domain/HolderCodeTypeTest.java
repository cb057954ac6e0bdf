package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onewindow.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class HolderCodeTypeTest {

    @Test
    void aRefusedHolderCodeNamesTheFieldSoTheProblemListsIt() {
        InvalidValueException refused = catchThrowableOfType(
                InvalidValueException.class, () -> HolderCodeType.RESIDENT_ID.validate("440113199003071230"));
        assertThat(refused.code()).isEqualTo("resident-id.check-character");
        assertThat(refused.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("holderCode");
            assertThat(violation.code()).isEqualTo("resident-id.check-character");
        });
        InvalidValueException creditCode = catchThrowableOfType(
                InvalidValueException.class, () -> HolderCodeType.CREDIT_CODE.validate("91440101MA5CXXXXX0"));
        assertThat(creditCode.field()).isEqualTo("holderCode");
    }

    @Test
    void aValidHolderCodeIsReturnedNormalised() {
        assertThat(HolderCodeType.RESIDENT_ID.validate("440113199003071235")).isEqualTo("440113199003071235");
    }
}
