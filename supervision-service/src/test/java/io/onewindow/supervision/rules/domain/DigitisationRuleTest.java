package io.onewindow.supervision.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitisationRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private final DigitisationRule rule = new DigitisationRule(true, 3);

    static Digitisation digitised(String id, String by, String confirmer, String reason, Instant at, LocalDate day) {
        return new Digitisation(
                id,
                "evt-" + id,
                "ID-" + id,
                "market-regulation",
                by,
                confirmer,
                reason == null ? 0 : 400,
                reason,
                at,
                day);
    }

    @Test
    void everyDigitisationBackDatedBeyondTheAllowanceIsReviewed() {
        Digitisation backdated = digitised("l1", "officer1", "deptadmin1", "原证1999年核发", T0, DAY);
        assertThat(rule.backdated(backdated)).hasValueSatisfying(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(12);
            assertThat(alert.alertId()).isEqualTo("digitisation.backdated:LICENSE:l1");
            assertThat(alert.department()).isEqualTo("market-regulation");
            assertThat(alert.involved()).containsExactly("officer1", "deptadmin1");
            assertThat(alert.evidence()).containsExactly("evt-l1");
            assertThat(alert.summary()).contains("400 days").contains("原证1999年核发");
        });
        assertThat(rule.backdated(digitised("l2", "officer1", "deptadmin1", null, T0, DAY)))
                .isEmpty();
        assertThat(rule.backdated(digitised("l3", "officer1", "deptadmin1", " ", T0, DAY)))
                .isEmpty();
    }

    @Test
    void oneOfficerMayDigitiseUpToTheLimitADayAndIsFlaggedPastIt() {
        List<Digitisation> day = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            day.add(digitised("l" + i, "officer1", "deptadmin" + i, null, T0.plusSeconds(i), DAY));
        }
        assertThat(rule.manyByOfficer(day.get(2), day)).isEmpty();

        day.add(digitised("l3", "officer1", "deptadmin9", null, T0.plusSeconds(3), DAY));
        assertThat(rule.manyByOfficer(day.get(3), day)).hasValueSatisfying(alert -> {
            assertThat(alert.alertId()).isEqualTo("digitisation.many-by-officer:OFFICER:officer1~2026-03-02");
            assertThat(alert.evidence()).containsExactly("evt-l0", "evt-l1", "evt-l2", "evt-l3");
            assertThat(alert.involved()).containsExactly("officer1");
            assertThat(alert.raisedAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(alert.details()).containsEntry(DigitisationRule.LICENSE_IDS, List.of("l0", "l1", "l2", "l3"));
        });
        // Different confirmers: no pair reached the limit.
        assertThat(rule.manyByPair(day.get(3), day)).isEmpty();
    }

    @Test
    void onePairPastTheLimitIsFlaggedWithBoth() {
        List<Digitisation> day = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            day.add(digitised("l" + i, "officer1", "deptadmin1", null, T0.plusSeconds(i), DAY));
        }
        assertThat(rule.manyByPair(day.get(3), day)).hasValueSatisfying(alert -> {
            assertThat(alert.alertId())
                    .isEqualTo("digitisation.many-by-pair:OFFICER_PAIR:officer1~deptadmin1~2026-03-02");
            assertThat(alert.involved()).containsExactly("officer1", "deptadmin1");
        });
    }

    @Test
    void digitisationsOfAnotherDayDoNotCountAndOrderDoesNotMatter() {
        List<Digitisation> spread = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            spread.add(digitised("a" + i, "officer1", "deptadmin1", null, T0.plusSeconds(i), DAY));
        }
        spread.add(digitised("b", "officer1", "deptadmin1", null, T0.plusSeconds(86_400), DAY.plusDays(1)));
        assertThat(rule.manyByOfficer(spread.get(3), spread)).isEmpty();
        assertThat(rule.manyByOfficer(spread.get(2), spread)).isEmpty();

        List<Digitisation> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(digitised("c" + i, "officer1", "deptadmin1", null, T0.plusSeconds(i), DAY));
        }
        List<Digitisation> reversed = new ArrayList<>(five);
        Collections.reverse(reversed);
        assertThat(rule.manyByOfficer(five.get(0), reversed)).isEqualTo(rule.manyByOfficer(five.get(4), five));
    }

    @Test
    void disabledFindsNothing() {
        DigitisationRule off = new DigitisationRule(false, 0);
        Digitisation d = digitised("l1", "officer1", "deptadmin1", "reason", T0, DAY);
        assertThat(off.backdated(d)).isEmpty();
        assertThat(off.manyByOfficer(d, List.of(d))).isEmpty();
    }
}
