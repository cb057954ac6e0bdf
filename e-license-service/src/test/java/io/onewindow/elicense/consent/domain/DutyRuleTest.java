package io.onewindow.elicense.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutyRuleTest {

    static final String LICENSE = "1.2.156.3005.2.11100000000013338W002.11440113MB2C000057.2026000001.001.D";
    static final CaseCitations CASE = new CaseCitations("AP-1", "market-regulation", "MR-FOOD-01", List.of(LICENSE));

    @Test
    void aCaseOfTheReadersDepartmentCitingTheLicenseGivesTheDuty() {
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", "MR-FOOD-01", LICENSE))
                .isEmpty();
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", null, LICENSE))
                .isEmpty();
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", " ", LICENSE))
                .isEmpty();
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", null, LICENSE.toLowerCase()))
                .isEmpty();
    }

    @Test
    void anUnknownCaseOrAnotherMatterIsNoSuchCase() {
        assertThat(DutyRule.refusal(Optional.empty(), "market-regulation", "ANY", LICENSE))
                .contains(ReadRefusal.Reason.NO_SUCH_CASE);
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", "MR-FOOD-02", LICENSE))
                .contains(ReadRefusal.Reason.NO_SUCH_CASE);
    }

    @Test
    void anotherDepartmentOrNoneIsRefusedBeforeCitationsAreLookedAt() {
        assertThat(DutyRule.refusal(Optional.of(CASE), "meteorology", null, LICENSE))
                .contains(ReadRefusal.Reason.OTHER_DEPARTMENT);
        assertThat(DutyRule.refusal(Optional.of(CASE), null, null, LICENSE))
                .contains(ReadRefusal.Reason.OTHER_DEPARTMENT);
        assertThat(DutyRule.refusal(Optional.of(CASE), "meteorology", null, "other"))
                .contains(ReadRefusal.Reason.OTHER_DEPARTMENT);
    }

    @Test
    void aLicenseTheCaseDoesNotCiteIsNotCited() {
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", null, LICENSE.replace("001.D", "002.D")))
                .contains(ReadRefusal.Reason.NOT_CITED);
        assertThat(DutyRule.refusal(Optional.of(CASE), "market-regulation", null, null))
                .contains(ReadRefusal.Reason.NOT_CITED);
        CaseCitations citesNothing = new CaseCitations("AP-2", "market-regulation", "MR-FOOD-01", null);
        assertThat(DutyRule.refusal(Optional.of(citesNothing), "market-regulation", null, LICENSE))
                .contains(ReadRefusal.Reason.NOT_CITED);
    }

    @Test
    void aRefusalRecordsLicenseReadRefused() {
        ReadRefusal refusal = ReadRefusal.of(
                "refusal-1",
                new ReadRefusal.Attempt(LICENSE, "officer1", "market-regulation", "ANY", "NONE"),
                ReadRefusal.Reason.NO_SUCH_CASE,
                java.time.Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(refusal.pullEvents())
                .singleElement()
                .isEqualTo(new io.onewindow.platform.events.license.LicenseReadRefused(
                        "refusal-1",
                        LICENSE,
                        "officer1",
                        "market-regulation",
                        "ANY",
                        "NONE",
                        "NO_SUCH_CASE",
                        java.time.Instant.parse("2026-03-02T01:00:00Z")));
    }
}
