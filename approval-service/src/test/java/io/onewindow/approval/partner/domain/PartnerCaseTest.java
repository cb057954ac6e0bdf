package io.onewindow.approval.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
    void theStageIsTheLatestMilestoneAndARetryMovesNeitherItNorTheLastReportTime() {
        PartnerCase mirror = received();
        assertThat(mirror.stage()).isEqualTo(PartnerMilestone.RECEIVED);
        assertThat(mirror.lastReportedAt()).isEqualTo(NOW);

        Instant later = NOW.plusSeconds(300);
        Instant acceptedAt = NOW.minusSeconds(1800);
        mirror.report(new PartnerCase.Report(
                PartnerMilestone.ACCEPTED, acceptedAt, LocalDate.of(2026, 3, 16), later, DAY, "partner-tax"));
        mirror.report(new PartnerCase.Report(
                PartnerMilestone.ACCEPTED,
                acceptedAt,
                LocalDate.of(2026, 3, 16),
                later.plusSeconds(600),
                DAY,
                "partner-tax"));

        assertThat(mirror.stage()).isEqualTo(PartnerMilestone.ACCEPTED);
        assertThat(mirror.lastReportedAt()).isEqualTo(later);
    }

    @Test
    void keepsTheApplicantReportedWithReceivedAsTypeAndPseudonymAndCarriesItOnEveryEvent() {
        PartnerCase mirror = PartnerCase.open(
                "c1",
                "PT-tax-T1",
                "tax",
                "T1",
                "TX-DJ-001",
                1,
                new PartnerCase.Report(
                        PartnerMilestone.RECEIVED,
                        NOW.minusSeconds(3600),
                        null,
                        NOW,
                        DAY,
                        "partner-tax",
                        new PartnerCase.ReportedApplicant("PERSON", "pseud-1")));
        mirror.report(report(PartnerMilestone.ACCEPTED, NOW.minusSeconds(1800), LocalDate.of(2026, 3, 16)));

        assertThat(mirror.applicantType()).isEqualTo("PERSON");
        assertThat(mirror.applicantPseudonym()).isEqualTo("pseud-1");
        assertThat(mirror.pullEvents())
                .extracting(e -> ((PartnerMilestoneReported) e).applicantPseudonym())
                .containsExactly("pseud-1", "pseud-1");
    }

    @Test
    void anApplicantWithAnyOtherMilestoneChangesNothing() {
        PartnerCase mirror = received();
        mirror.pullEvents();

        assertThatThrownBy(() -> mirror.report(new PartnerCase.Report(
                        PartnerMilestone.ACCEPTED,
                        NOW.minusSeconds(1800),
                        LocalDate.of(2026, 3, 16),
                        NOW,
                        DAY,
                        "partner-tax",
                        new PartnerCase.ReportedApplicant("PERSON", "pseud-1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mirror.applicantPseudonym()).isNull();
        assertThat(mirror.dueDate()).isNull();
        assertThat(mirror.pullEvents()).isEmpty();
        assertThat(received().applicantPseudonym()).isNull();
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
    void clockCountsWorkingDaysFromTheReportedAcceptanceAndShowsLateDecisions() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant receivedAt = Instant.parse("2026-02-13T01:00:00Z");
        Instant acceptedAt = Instant.parse("2026-02-13T02:00:00Z");
        Instant decidedAt = Instant.parse("2026-03-20T02:00:00Z");
        PartnerCase mirror = PartnerCase.open(
                "c1",
                "n",
                "tax",
                "T1",
                "TX-DJ-001",
                1,
                new PartnerCase.Report(PartnerMilestone.RECEIVED, receivedAt, null, receivedAt, DAY, "partner-tax"));
        mirror.report(new PartnerCase.Report(
                PartnerMilestone.ACCEPTED, acceptedAt, LocalDate.of(2026, 3, 19), acceptedAt, DAY, "partner-tax"));
        WorkingCalendar calendar = WorkingCalendar.officialChina();

        assertThat(mirror.clock(calendar, shanghai, LocalDate.of(2026, 2, 27)).workingDaysUsed())
                .isEqualTo(5);
        assertThat(mirror.clock(calendar, shanghai, LocalDate.of(2026, 2, 27)).workingDaysLeft())
                .isEqualTo(15);

        mirror.report(new PartnerCase.Report(PartnerMilestone.DECIDED, decidedAt, null, decidedAt, DAY, "partner-tax"));
        PartnerClock clock = mirror.clock(calendar, shanghai, LocalDate.of(2026, 4, 1));

        assertThat(clock.endedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(clock.workingDaysUsed()).isEqualTo(21);
        assertThat(clock.workingDaysLeft()).isEqualTo(-1);
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

    @Test
    void aCaseDueBeyondTheCalendarStaysReadableWithItsFiguresLeftOut() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant receivedAt = Instant.parse("2026-02-12T02:00:00Z");
        Instant acceptedAt = Instant.parse("2026-02-13T02:00:00Z");
        PartnerCase mirror = PartnerCase.open(
                "c1",
                "n",
                "tax",
                "T1",
                "TX-DJ-001",
                1,
                new PartnerCase.Report(PartnerMilestone.RECEIVED, receivedAt, null, receivedAt, DAY, "partner-tax"));
        // Stored before the check existed: a due date far past the calendar's horizon.
        mirror.report(new PartnerCase.Report(
                PartnerMilestone.ACCEPTED, acceptedAt, LocalDate.of(2035, 3, 19), acceptedAt, DAY, "partner-tax"));
        WorkingCalendar calendar = WorkingCalendar.officialChina();

        PartnerClock clock = mirror.clock(calendar, shanghai, LocalDate.of(2026, 2, 27));

        assertThat(clock.countable()).isFalse();
        assertThat(clock.workingDaysLeft()).isNull();
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2035, 3, 19));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        PartnerCase.requireCountable(calendar, LocalDate.of(2026, 2, 13), LocalDate.of(2035, 3, 19)))
                .isInstanceOf(io.onewindow.platform.calendar.CalendarNotCoveredException.class);
    }

    @Test
    void aClockReachingIntoAProvisionalYearSaysSo() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant receivedAt = Instant.parse("2026-12-20T02:00:00Z");
        Instant acceptedAt = Instant.parse("2026-12-21T02:00:00Z");
        PartnerCase mirror = PartnerCase.open(
                "c1",
                "n",
                "tax",
                "T1",
                "TX-DJ-001",
                1,
                new PartnerCase.Report(PartnerMilestone.RECEIVED, receivedAt, null, receivedAt, DAY, "partner-tax"));
        mirror.report(new PartnerCase.Report(
                PartnerMilestone.ACCEPTED, acceptedAt, LocalDate.of(2027, 1, 19), acceptedAt, DAY, "partner-tax"));

        PartnerClock clock = mirror.clock(WorkingCalendar.officialChina(), shanghai, LocalDate.of(2026, 12, 28));

        assertThat(clock.countable()).isTrue();
        assertThat(clock.provisional()).isTrue();
        assertThat(clock.workingDaysLeft()).isEqualTo(15);
    }
}
