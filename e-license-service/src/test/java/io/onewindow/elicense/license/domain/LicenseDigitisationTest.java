package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.license.LicenseIssued;
import io.onewindow.platform.events.license.PaperLicenseDigitised;
import io.onewindow.platform.identity.LicenseIdentifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A digitised license carries who asked and who confirmed. */
class LicenseDigitisationTest {

    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    static License digitised(LicenseOrigin origin) {
        LicenseContent content = new LicenseContent(
                LicenseIdentifier.issue("11100000000013338W002", "11440113MB2C000057", "2024000001", 1)
                        .toString(),
                "11100000000013338W002",
                "食品经营许可证",
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                "market-regulation",
                "番禺示例餐饮店",
                "440113199003071235",
                HolderCodeType.RESIDENT_ID,
                LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 1, 2),
                LocalDate.of(2029, 1, 1),
                "440113",
                null,
                null,
                Map.of("经营场所", "番禺区"),
                "market-regulation-k1");
        return License.issue("lic-1", content, "sig", origin, null, null, null, "deptadmin1", NOW);
    }

    @Test
    void recordsPaperLicenseDigitisedAfterLicenseIssued() {
        License license = digitised(LicenseOrigin.DIGITISED);
        license.recordDigitisation("officer1", "deptadmin1", 1065, null, NOW);

        assertThat(license.pullEvents())
                .satisfiesExactly(
                        issued -> assertThat(issued)
                                .isInstanceOfSatisfying(
                                        LicenseIssued.class,
                                        e -> assertThat(e.origin()).isEqualTo("DIGITISED")),
                        digitised -> assertThat(digitised).isInstanceOfSatisfying(PaperLicenseDigitised.class, e -> {
                            assertThat(e.requestedBy()).isEqualTo("officer1");
                            assertThat(e.confirmedBy()).isEqualTo("deptadmin1");
                            assertThat(e.backdatedDays()).isEqualTo(1065);
                            assertThat(e.backdatingReason()).isNull();
                            assertThat(e.maskedHolderCode()).isEqualTo("440113********1235");
                            assertThat(e.validTo()).isEqualTo(LocalDate.of(2029, 1, 1));
                        }));
    }

    @Test
    void onlyADigitisedLicenseConfirmedBySomeoneElseRecordsIt() {
        assertThatThrownBy(() -> digitised(LicenseOrigin.RENEWAL).recordDigitisation("a", "b", 0, null, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> digitised(LicenseOrigin.DIGITISED).recordDigitisation("a", "a", 0, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
