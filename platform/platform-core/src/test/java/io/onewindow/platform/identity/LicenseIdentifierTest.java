package io.onewindow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class LicenseIdentifierTest {

    static final String DOMAIN_VECTOR = "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D";

    @Test
    void acceptsTheDomainVector() {
        LicenseIdentifier id = LicenseIdentifier.parse(DOMAIN_VECTOR);
        assertThat(id.typeCode()).isEqualTo("11100000000013338W001");
        assertThat(id.issuerCode()).isEqualTo("11440113MB2C000057");
        assertThat(id.serial()).isEqualTo("2026000001");
        assertThat(id.version()).isEqualTo("001");
        assertThat(id.check()).isEqualTo('D');
        assertThat(id.toString()).isEqualTo(DOMAIN_VECTOR);
    }

    @Test
    void refusesTheDomainVectorWithCheckCharacterA() {
        String wrong = DOMAIN_VECTOR.substring(0, DOMAIN_VECTOR.length() - 1) + "A";
        assertThat(LicenseIdentifier.isValid(wrong)).isFalse();
        assertThatThrownBy(() -> LicenseIdentifier.parse(wrong))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(LicenseIdentifier.CHECK_CHARACTER);
    }

    @Test
    void computesTheCheckCharacterWhenIssuing() {
        assertThat(LicenseIdentifier.issue("11100000000013338W001", "11440113MB2C000057", "2026000001", 1)
                        .toString())
                .isEqualTo(DOMAIN_VECTOR);
    }

    @Test
    void detectsEverySingleCharacterChangeInTheSignedPart() {
        String data = "11100000000013338W00111440113MB2C0000572026000001001";
        char check = LicenseIdentifier.checkCharacter(data);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < data.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != data.charAt(i)) {
                    String changed = data.substring(0, i) + c + data.substring(i + 1);
                    assertThat(LicenseIdentifier.checkCharacter(changed))
                            .as("position %d to %s", i, c)
                            .isNotEqualTo(check);
                }
            }
        }
    }

    @Test
    void nextVersionKeepsTheSerialAndRecomputesTheCheck() {
        LicenseIdentifier next = LicenseIdentifier.parse(DOMAIN_VECTOR).nextVersion();
        assertThat(next.version()).isEqualTo("002");
        assertThat(next.serial()).isEqualTo("2026000001");
        assertThat(LicenseIdentifier.isValid(next.toString())).isTrue();
    }

    @Test
    void refusesMalformedIdentifiers() {
        assertThat(LicenseIdentifier.isValid(null)).isFalse();
        assertThat(LicenseIdentifier.isValid("")).isFalse();
        assertThat(LicenseIdentifier.isValid("1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001"))
                .isFalse();
        assertThat(LicenseIdentifier.isValid(DOMAIN_VECTOR.toLowerCase())).isFalse();
        assertThat(LicenseIdentifier.isValid(DOMAIN_VECTOR + ".D")).isFalse();
        assertThat(LicenseIdentifier.isValid("$where")).isFalse();
    }
}
