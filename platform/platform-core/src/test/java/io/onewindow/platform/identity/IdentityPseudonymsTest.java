package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityPseudonymsTest {

    private final IdentityPseudonyms pseudonyms = new IdentityPseudonyms("unit-test-key-0123456789");

    @Test
    void givesTheSamePersonTheSamePseudonymUnderOneKey() {
        assertThat(pseudonyms.ofIdNumber("440113199003071235"))
                .isEqualTo(new IdentityPseudonyms("unit-test-key-0123456789").ofIdNumber("440113199003071235"))
                .hasSize(64)
                .doesNotContain("440113");
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertThat(new IdentityPseudonyms("another-key-0123456789").ofIdNumber("440113199003071235"))
                .isNotEqualTo(pseudonyms.ofIdNumber("440113199003071235"));
    }

    @Test
    void keepsPeopleAndDevicesApart() {
        assertThat(pseudonyms.ofIdNumber("440113199003071235"))
                .isNotEqualTo(pseudonyms.ofIdNumber("440113200002290028"))
                .isNotEqualTo(pseudonyms.ofDevice("440113199003071235", null));
        assertThat(pseudonyms.ofDevice(null, null)).isEqualTo(pseudonyms.ofDevice("", ""));
    }

    @Test
    void keepsEnterprisesApartFromPeopleAndDevices() {
        assertThat(pseudonyms.ofCreditCode("91440113MA5D000166"))
                .isEqualTo(new IdentityPseudonyms("unit-test-key-0123456789").ofCreditCode("91440113MA5D000166"))
                .hasSize(64)
                .isNotEqualTo(pseudonyms.ofIdNumber("91440113MA5D000166"))
                .isNotEqualTo(pseudonyms.ofDevice("91440113MA5D000166", null));
    }

    @Test
    void namesAnApplicantByItsNormalisedCodeAndAnIrregularCodeAsGiven() {
        assertThat(pseudonyms.ofApplicant("91440113ma5d000166", true))
                .isEqualTo(pseudonyms.ofCreditCode("91440113MA5D000166"));
        assertThat(pseudonyms.ofApplicant("44011319900307118x", false))
                .isEqualTo(pseudonyms.ofIdNumber("44011319900307118X"));
        assertThat(pseudonyms.ofApplicant("440113199003071235", false))
                .isEqualTo(pseudonyms.ofIdNumber("440113199003071235"));
        assertThat(pseudonyms.ofApplicant("91440113MA5D000167", true))
                .as("a code failing its check, admitted by override")
                .isEqualTo(pseudonyms.ofCreditCode("91440113MA5D000167"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new IdentityPseudonyms("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
