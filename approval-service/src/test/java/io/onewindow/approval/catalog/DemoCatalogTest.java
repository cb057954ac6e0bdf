package io.onewindow.approval.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.approval.catalog.domain.CaseType;
import io.onewindow.approval.catalog.domain.MatterDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    @Test
    void everyMatterBookedAtTheDemoHallsIsInTheCatalogWithItsDepartment() {
        assertThat(DemoCatalog.matter("MR-ENT-REG").department()).isEqualTo("market-regulation");
        assertThat(DemoCatalog.matter("RE-TRANSFER-REG").department()).isEqualTo("real-estate-registration");
        assertThat(DemoCatalog.matter("TAX-HOUSING-DEED").department()).isEqualTo("tax");
        for (String code : List.of(
                "MR-SP-001",
                "CON-PERMIT",
                "TRADE-REG",
                "EE-PASSPORT",
                "SS-CARD",
                "MED-INS",
                "GOV-INFO",
                "HH-MOVE",
                "VEH-DL-RENEW",
                "MAR-REG",
                "LEGAL-AID",
                "TAX-REG",
                "ELDER-ALLOW")) {
            assertThat(DemoCatalog.matter(code).servicePoints()).as(code).isNotEmpty();
        }
    }

    @Test
    void guidesNameHallsByTheDirectorysIdsOnly() {
        for (MatterDefinition matter : DemoCatalog.matters()) {
            assertThat(matter.servicePoints())
                    .as(matter.code())
                    .isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allMatch(id -> id.equals(DemoCatalog.CENTER)
                            || id.matches("hall-[a-z-]+|town-[a-z]+|village-[a-z]+-[1-3]"));
        }
        assertThat(DemoCatalog.matter("MR-SP-001").servicePoints()).contains("town-shiqiao");
        assertThat(DemoCatalog.matter("TX-DJ-001").servicePoints()).containsExactly("hall-tax");
        assertThat(DemoCatalog.matter("ELDER-ALLOW").servicePoints())
                .hasSize(DemoCatalog.TOWNS.size() * (1 + DemoCatalog.STATIONS_PER_TOWN))
                .contains("town-shiji", "village-shiji-3");
    }

    @Test
    void mattersDecidedAtTheWindowHaveNoDeadlineAndTheOthersKeepTheirPromise() {
        for (MatterDefinition matter : DemoCatalog.matters()) {
            if (matter.caseType() == CaseType.ON_THE_SPOT) {
                assertThat(matter.statutoryLimitWorkingDays()).as(matter.code()).isZero();
                assertThat(matter.decidableOnTheSpot()).as(matter.code()).isTrue();
            } else {
                assertThat(matter.promisedLimitWorkingDays())
                        .as(matter.code())
                        .isPositive()
                        .isLessThanOrEqualTo(matter.statutoryLimitWorkingDays());
            }
        }
    }
}
