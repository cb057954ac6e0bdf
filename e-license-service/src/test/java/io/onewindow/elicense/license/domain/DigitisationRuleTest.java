package io.onewindow.elicense.license.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.onewindow.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digitisation rule at its boundaries: the type's validity, today, the back-dating period. */
class DigitisationRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final DigitisationRule RULE = new DigitisationRule(Period.ofYears(5));

    static LicenseType type(int years) {
        return new LicenseType(
                "11100000000013338W002",
                "食品经营许可证",
                "国家市场监督管理总局",
                "market-regulation",
                "广州市番禺区市场监督管理局",
                "11440113MB2C000057",
                years,
                List.of("经营场所"));
    }

    private static DigitisationRule.Dates check(int years, LocalDate validFrom, LocalDate validTo, String reason) {
        return RULE.check(type(years), validFrom, validFrom, validTo, reason, TODAY);
    }

    @Test
    void aFiveYearTypeIsValidAtMostFiveYearsUpToTheDayBefore() {
        LocalDate from = LocalDate.of(2024, 1, 2);
        assertThat(check(5, from, null, null).validTo()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(check(5, from, LocalDate.of(2029, 1, 1), null).validTo()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(check(5, from, from, null).validTo()).isEqualTo(from);
        assertThatThrownBy(() -> check(5, from, LocalDate.of(2029, 1, 2), null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.validity-exceeds-type");
        assertThatThrownBy(() -> check(5, from, LocalDate.of(2099, 12, 31), null))
                .hasFieldOrPropertyWithValue("code", "digitisation.validity-exceeds-type");
        assertThatThrownBy(() -> check(5, from, from.minusDays(1), null))
                .hasFieldOrPropertyWithValue("code", "license.validity");
    }

    @Test
    void aNonExpiringTypeHasNoValidTo() {
        LocalDate from = LocalDate.of(2024, 1, 2);
        assertThat(check(0, from, null, null).validTo()).isNull();
        assertThatThrownBy(() -> check(0, from, LocalDate.of(2099, 12, 31), null))
                .hasFieldOrPropertyWithValue("code", "digitisation.validity-exceeds-type");
    }

    @Test
    void validFromAndIssuedOnMayBeTodayButNotTomorrow() {
        assertThat(check(5, TODAY, null, null).backdatedDays()).isZero();
        assertThatThrownBy(() -> check(5, TODAY.plusDays(1), null, null))
                .hasFieldOrPropertyWithValue("code", "license.paper-in-future");
        assertThatThrownBy(() -> RULE.check(type(5), TODAY.plusDays(1), TODAY, null, null, TODAY))
                .hasFieldOrPropertyWithValue("code", "license.paper-in-future");
    }

    @Test
    void backDatingExactlyTheAllowedPeriodNeedsNoReasonOneDayMoreDoes() {
        LocalDate limit = TODAY.minusYears(5);
        DigitisationRule.Dates atLimit = check(0, limit, null, "not needed");
        assertThat(atLimit.backdatedDays()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(limit, TODAY));
        assertThat(atLimit.backdatingReason()).as("kept only when needed").isNull();

        assertThatThrownBy(() -> check(0, limit.minusDays(1), null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "digitisation.backdating-reason-required");
        assertThatThrownBy(() -> check(0, limit.minusDays(1), null, "   "))
                .hasFieldOrPropertyWithValue("code", "digitisation.backdating-reason-required");
        DigitisationRule.Dates withReason = check(0, LocalDate.of(2000, 1, 1), null, " 2000年纸质营业执照 ");
        assertThat(withReason.backdatingReason()).isEqualTo("2000年纸质营业执照");
        assertThat(withReason.backdatedDays())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1), TODAY));
    }

    @Test
    void theOldHoleIsClosed() {
        // One officer used to sign a 5-year type valid 2000–2099.
        assertThatThrownBy(() -> check(5, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), "reason"))
                .hasFieldOrPropertyWithValue("code", "digitisation.validity-exceeds-type");
    }
}
