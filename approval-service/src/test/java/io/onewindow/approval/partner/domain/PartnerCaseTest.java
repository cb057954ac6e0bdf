package io.onewindow.approval.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartnerCaseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private static PartnerCase.Report report(PartnerMilestone milestone, Instant occurredAt, LocalDate due) {
        return new PartnerCase.Report(milestone, occurredAt, due, NOW, DAY, "partner-tax");
    }

    private static PartnerCase received() {
        return PartnerCase.open(
                "c1",
                "PT-tax-T1",
                "tax",
                "T1",
                "TX-DJ-001",
                1,
                report(PartnerMilestone.RECEIVED, NOW.minusSeconds(3600), null));
    }

    @Test
    void mirrorsMilestonesInOrderCarryingTheDueDate() {
        PartnerCase mirror = received();
        mirror.report(report(PartnerMilestone.ACCEPTED, NOW.minusSeconds(1800), LocalDate.of(2026, 3, 16)));
        mirror.report(report(PartnerMilestone.DECIDED, NOW.minusSeconds(60), null));

        assertThat(mirror.pullEvents())
                .extracting(e -> ((PartnerMilestoneReported) e).milestone())
                .containsExactly(PartnerMilestone.RECEIVED, PartnerMilestone.ACCEPTED, PartnerMilestone.DECIDED);
        assertThat(mirror.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void refusesMilestoneOutOfOrder() {
        PartnerCase mirror = received();

        assertThatThrownBy(() -> mirror.report(report(PartnerMilestone.COMPLETED, NOW, null)))
                .hasFieldOrPropertyWithValue("code", "partner.out-of-order");
    }

    @Test
    void refusesMilestoneThatHappenedBeforeThePreviousOne() {
        PartnerCase mirror = received();

        assertThatThrownBy(() -> mirror.report(
                        report(PartnerMilestone.ACCEPTED, NOW.minusSeconds(7200), LocalDate.of(2026, 3, 16))))
                .hasFieldOrPropertyWithValue("code", "partner.out-of-order");
    }

    @Test
    void refusesBackDatedReport() {
        assertThatThrownBy(() -> PartnerCase.open(
                        "c1",
                        "n",
                        "tax",
                        "T1",
                        "TX-DJ-001",
                        1,
                        report(PartnerMilestone.RECEIVED, NOW.minus(Duration.ofDays(3)), null)))
                .hasFieldOrPropertyWithValue("code", "partner.back-dated");
    }

    @Test
    void refusesMilestoneFromTheFuture() {
        assertThatThrownBy(() -> PartnerCase.open(
                        "c1",
                        "n",
                        "tax",
                        "T1",
                        "TX-DJ-001",
                        1,
                        report(PartnerMilestone.RECEIVED, NOW.plusSeconds(3600), null)))
                .hasFieldOrPropertyWithValue("code", "partner.future-dated");
    }

    @Test
    void refusesAcceptanceWithoutDueDate() {
        PartnerCase mirror = received();

        assertThatThrownBy(() -> mirror.report(report(PartnerMilestone.ACCEPTED, NOW, null)))
                .hasFieldOrPropertyWithValue("code", "partner.due-date-required");
    }

    @Test
    void sameReportSentTwiceIsARetryAndChangesNothing() {
        PartnerCase mirror = received();
        mirror.pullEvents();

        boolean changed = mirror.report(report(PartnerMilestone.RECEIVED, NOW.minusSeconds(3600), null));

        assertThat(changed).isFalse();
        assertThat(mirror.pullEvents()).isEmpty();
        assertThat(mirror.milestones()).hasSize(1);
    }
}
