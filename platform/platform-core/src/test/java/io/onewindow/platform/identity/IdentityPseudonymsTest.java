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
    void makesPseudonymsUnderTheCurrentKeyAndMatchesThemUnderEveryVersionDuringARotation() {
        String oldKey = "unit-test-key-0123456789";
        String newKey = "the-next-key-abcdefghijkl";
        IdentityPseudonyms rotating = IdentityPseudonyms.ofVersions("v2:" + newKey + ", v1:" + oldKey);
        String stored = pseudonyms.ofIdNumber("440113199003071235"); // made before the rotation

        assertThat(rotating.currentKeyId()).isEqualTo("v2");
        assertThat(rotating.keyIds()).containsExactly("v2", "v1");
        assertThat(rotating.ofIdNumber("440113199003071235"))
                .isEqualTo(new IdentityPseudonyms(newKey).ofIdNumber("440113199003071235"))
                .isNotEqualTo(stored);
        assertThat(rotating.all(p -> p.ofIdNumber("440113199003071235")))
                .containsExactly(new IdentityPseudonyms(newKey).ofIdNumber("440113199003071235"), stored);
        assertThat(rotating.matches(stored, p -> p.ofIdNumber("440113199003071235")))
                .isTrue();
        assertThat(rotating.matches(stored, p -> p.ofIdNumber("440113200002290028")))
                .as("another person")
                .isFalse();
        assertThat(rotating.matches(stored, p -> p.ofApplicant("440113199003071235", false)))
                .isTrue();
        assertThat(rotating.matches(null, p -> p.ofIdNumber("440113199003071235")))
                .isFalse();

        IdentityPseudonyms afterTheRotation = IdentityPseudonyms.ofVersions("v2:" + newKey);
        assertThat(afterTheRotation.matches(stored, p -> p.ofIdNumber("440113199003071235")))
                .as("once the old version is removed its pseudonyms no longer match")
                .isFalse();
    }

    @Test
    void aSingleKeyIsOneVersionAndAVersionedKeyMayHoldAColon() {
        assertThat(pseudonyms.keyIds()).containsExactly(IdentityPseudonyms.SINGLE_KEY_ID);
        assertThat(pseudonyms.all(p -> p.ofCreditCode("91440113MA5D000166")))
                .containsExactly(pseudonyms.ofCreditCode("91440113MA5D000166"));
        assertThat(IdentityPseudonyms.ofVersions("k1:unit-test-key-0123456789").ofDevice("d", "a"))
                .isEqualTo(pseudonyms.ofDevice("d", "a"));
        assertThat(IdentityPseudonyms.parseVersions("2026-12:a:b:c-0123456789abcdef"))
                .containsExactly(new IdentityPseudonyms.Key("2026-12", "a:b:c-0123456789abcdef"));
    }

    @Test
    void refusesMalformedVersionsWithoutQuotingASecret() {
        assertThatThrownBy(() -> IdentityPseudonyms.ofVersions("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityPseudonyms.ofVersions("no-id-given-0123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1")
                .hasMessageNotContaining("0123456789");
        assertThatThrownBy(() -> IdentityPseudonyms.ofVersions("v2:the-next-key-abcdefghijkl,v1:short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining("short");
        assertThatThrownBy(
                        () -> IdentityPseudonyms.ofVersions("v1:the-next-key-abcdefghijkl,v1:unit-test-key-0123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v1 is given twice");
        assertThatThrownBy(() ->
                        IdentityPseudonyms.ofVersions("v2:the-next-key-abcdefghijkl,v1:the-next-key-abcdefghijkl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same secret");
        assertThatThrownBy(() -> IdentityPseudonyms.ofVersions("v 2:the-next-key-abcdefghijkl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key id");
        assertThat(new IdentityPseudonyms.Key("v1", "unit-test-key-0123456789").toString())
                .doesNotContain("0123456789");
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new IdentityPseudonyms("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
