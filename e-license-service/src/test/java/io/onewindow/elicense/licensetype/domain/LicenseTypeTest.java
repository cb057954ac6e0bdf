package io.onewindow.elicense.licensetype.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LicenseTypeTest {

    static LicenseType foodBusinessLicense(int years) {
        return new LicenseType(
                "11100000000013338W002",
                "食品经营许可证",
                "国家市场监督管理总局",
                "market-regulation",
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                years,
                List.of("经营场所", "主体业态"));
    }

    @Test
    void aLicenseIsValidForTheTypesYearsUpToTheDayBefore() {
        assertThat(foodBusinessLicense(5).validToFor(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(foodBusinessLicense(0).validToFor(LocalDate.of(2026, 3, 2))).isNull();
    }

    @Test
    void refusesATypeCodeWhoseDefiningBodyCodeHasAWrongCheckCharacter() {
        assertThatThrownBy(() -> new LicenseType(
                        "11100000000013338X002",
                        "x",
                        "x",
                        "market-regulation",
                        "x",
                        "11440113MB2C000057",
                        0,
                        List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAnIssuerCodeWithAWrongCheckCharacter() {
        assertThatThrownBy(() -> new LicenseType(
                        "11100000000013338W002",
                        "x",
                        "x",
                        "market-regulation",
                        "x",
                        "11440113MB2C000058",
                        0,
                        List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("credit-code.check-character");
                    assertThat(refused.field()).isEqualTo("issuerCode");
                });
    }

    @Test
    void refusesFaceDataWithAFieldTheTypeDoesNotDefine() {
        LicenseType type = foodBusinessLicense(5);
        type.requireKnownFaceFields(Map.of("经营场所", "番禺区"));
        assertThatThrownBy(() -> type.requireKnownFaceFields(Map.of("经营场地", "番禺区")))
                .isInstanceOf(InvalidValueException.class);
    }
}
