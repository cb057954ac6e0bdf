package io.onewindow.supervision.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How events move a case's deadlines and their provisional flags. */
class CaseDeadlinesTest {

    private static final LocalDate STATUTORY = LocalDate.of(2027, 1, 20);
    private static final LocalDate PROMISED = LocalDate.of(2027, 1, 13);

    private final CaseDeadlines accepted =
            new CaseDeadlines(null, null, false, false, 0, null, List.of()).accepted(STATUTORY, true, PROMISED, true);

    @Test
    void aCompletionWithTheSameDatesKeepsTheirFlagsAndAMovedDateLosesIt() {
        CaseDeadlines same = accepted.completed(STATUTORY, PROMISED);
        assertThat(same.statutoryDueProvisional()).isTrue();
        assertThat(same.promisedDueProvisional()).isTrue();

        CaseDeadlines moved = accepted.completed(STATUTORY, PROMISED.plusDays(1));
        assertThat(moved.promisedDueDate()).isEqualTo(PROMISED.plusDays(1));
        assertThat(moved.promisedDueProvisional()).isFalse();
        assertThat(moved.statutoryDueProvisional()).isTrue();
    }

    @Test
    void aPauseCountsItsWorkingDaysOnceItEndsAndMovesOnlyTheDatesItGives() {
        CaseDeadlines paused = accepted.suspended(LocalDate.of(2027, 1, 5));
        assertThat(paused.suspendedSince()).isEqualTo(LocalDate.of(2027, 1, 5));

        CaseDeadlines resumed = paused.resumed(3, null, false, PROMISED.plusDays(3), false);
        assertThat(resumed.suspendedSince()).isNull();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(3);
        assertThat(resumed.statutoryDueDate()).isEqualTo(STATUTORY);
        assertThat(resumed.statutoryDueProvisional()).isTrue();
        assertThat(resumed.promisedDueDate()).isEqualTo(PROMISED.plusDays(3));
        assertThat(resumed.promisedDueProvisional()).isFalse();
        assertThat(resumed.resumed(-2, null, false, null, false).pausedWorkingDays())
                .isEqualTo(3);
    }

    @Test
    void aPartnersDueDateIsStatutoryAndPromisedOnlyWhenNoneIsHeld() {
        CaseDeadlines none = new CaseDeadlines(null, null, false, false, 0, null, List.of());
        CaseDeadlines partner = none.partnerAccepted(STATUTORY);
        assertThat(partner.statutoryDueDate()).isEqualTo(STATUTORY);
        assertThat(partner.promisedDueDate()).isEqualTo(STATUTORY);

        CaseDeadlines kept = accepted.partnerAccepted(STATUTORY.plusDays(2));
        assertThat(kept.statutoryDueDate()).isEqualTo(STATUTORY.plusDays(2));
        assertThat(kept.statutoryDueProvisional()).isFalse();
        assertThat(kept.promisedDueDate()).isEqualTo(PROMISED);
        assertThat(kept.promisedDueProvisional()).isTrue();
    }
}
