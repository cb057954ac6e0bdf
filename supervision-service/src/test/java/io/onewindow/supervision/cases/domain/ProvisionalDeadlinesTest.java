package io.onewindow.supervision.cases.domain;

import static io.onewindow.supervision.CaseStory.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.DueDate;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.support.TestYear2027;
import org.junit.jupiter.api.Test;

/**
 * Cases whose limits run into a year the calendar answers only provisionally (2027 while its
 * notice is awaited), and what changes when the official year (made-up test data) is published.
 */
class ProvisionalDeadlinesTest {

    private final CaseClock provisional = new CaseClock(TestYear2027.provisional(), CaseStory.ZONE, 90);
    private final CaseClock official = new CaseClock(TestYear2027.official(), CaseStory.ZONE, 90);

    @Test
    void aTwentyWorkingDayCaseAcceptedOn2026_12_20HasAProvisionalDueDateInJanuary2027() {
        DueDate due = TestYear2027.provisional().dueDate(day("2026-12-20"), 20);
        assertThat(due).isEqualTo(new DueDate(day("2027-01-18"), true));

        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-12-18T09:00")
                .acceptedProvisionally("2026-12-20T10:00", "2027-01-04", "2027-01-18", "officer1")
                .timeline();

        assertThat(provisional.statutoryDueProvisional(c)).isTrue();
        assertThat(provisional.promisedDueProvisional(c)).isTrue();
        // The count so far lies in 2026, but what is left runs to the provisional due date.
        assertThat(provisional.workingDaysUsed(c, day("2026-12-28"))).isEqualTo(6);
        assertThat(provisional.clockProvisional(c, day("2026-12-28"))).isTrue();
    }

    @Test
    void aCaseWithinOfficialYearsHasNothingProvisional() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-03-02T09:00")
                .acceptedOnMarch2()
                .timeline();

        assertThat(provisional.promisedDueProvisional(c)).isFalse();
        assertThat(provisional.statutoryDueProvisional(c)).isFalse();
        assertThat(provisional.clockProvisional(c, day("2026-03-10"))).isFalse();
    }

    @Test
    void dueDatesFromEventsWithoutTheFlagAreProvisionalWhenTheCalendarSaysSo() {
        // An acceptance written before ApplicationAccepted carried the flags (they read as false).
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-12-18T09:00")
                .accepted("2026-12-20T10:00", "2027-01-04", "2027-01-18", "officer1")
                .timeline();

        assertThat(c.deadlines().promisedDueProvisional()).isFalse();
        assertThat(provisional.promisedDueProvisional(c)).isTrue();
        assertThat(official.promisedDueProvisional(c)).isFalse();
    }

    @Test
    void recomputedDeadlinesReplaceTheProvisionalOnesAndStayOnTheTimeline() {
        CaseStory story = CaseStory.of("c1")
                .submitted("2026-12-21T09:00")
                .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1");
        CaseTimeline before = story.timeline();
        CaseTimeline after = story.deadlinesRecomputed(
                        "2027-01-04T12:00", 2027, "promised:2027-01-05:2027-01-06", "statutory:2027-01-19:2027-01-19")
                .timeline();

        assertThat(after.deadlines().promisedDueDate()).isEqualTo(day("2027-01-06"));
        assertThat(after.deadlines().statutoryDueDate()).isEqualTo(day("2027-01-19"));
        assertThat(after.deadlines().promisedDueProvisional()).isFalse();
        assertThat(after.deadlines().statutoryDueProvisional()).isFalse();
        assertThat(official.promisedDueProvisional(after)).isFalse();
        assertThat(official.clockProvisional(after, day("2027-01-04"))).isFalse();
        TimelineEntry entry = after.entries().get(after.entries().size() - 1);
        assertThat(entry.type()).isEqualTo("CaseDeadlinesRecomputed");
        assertThat(entry.note())
                .contains("promised 2027-01-05 → 2027-01-06")
                .contains("statutory 2027-01-19 → 2027-01-19")
                .contains("official calendar 2027 published");
        assertThat(after.deadlines().moves())
                .extracting(DeadlineMove::deadline, DeadlineMove::previous, DeadlineMove::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("promised", day("2027-01-05"), day("2027-01-06")),
                        org.assertj.core.groups.Tuple.tuple("statutory", day("2027-01-19"), day("2027-01-19")));

        // On Monday 2027-01-04 the provisional count says 9 of 10 days used (yellow); on the
        // official year that Monday is off: 8 of 10, green.
        assertThat(provisional.workingDaysUsed(before, day("2027-01-04"))).isEqualTo(9);
        assertThat(provisional.cardOf(before, day("2027-01-04"))).isEqualTo(CardColour.YELLOW);
        assertThat(official.workingDaysUsed(after, day("2027-01-04"))).isEqualTo(8);
        assertThat(official.cardOf(after, day("2027-01-04"))).isEqualTo(CardColour.GREEN);
        // Before the recomputed dates arrive, the official calendar alone already gives green.
        assertThat(official.cardOf(before, day("2027-01-04"))).isEqualTo(CardColour.GREEN);
    }

    @Test
    void aRecomputationDeliveredTwiceIsAppliedOnce() {
        CaseStory story = CaseStory.of("c1")
                .submitted("2026-12-21T09:00")
                .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1")
                .deadlinesRecomputed("2027-01-04T12:00", 2027, "promised:2027-01-05:2027-01-06");
        CaseTimeline timeline = story.timeline();
        var recomputed = story.events().get(2);

        CaseStory.apply(timeline, recomputed);

        assertThat(timeline.entries()).hasSize(3);
        assertThat(timeline.deadlines().moves()).hasSize(1);
    }

    @Test
    void provisionalAnswersNeverFailPastTheHorizonWhileCountsDo() {
        CaseClock officialOnly = new CaseClock(WorkingCalendar.officialChina(0), CaseStory.ZONE, 90);
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-12-18T09:00")
                .acceptedProvisionally("2026-12-20T10:00", "2027-01-04", "2027-01-18", "officer1")
                .timeline();

        assertThat(officialOnly.promisedDueProvisional(c)).isTrue();
        assertThat(officialOnly.clockProvisional(c, day("2027-01-05"))).isTrue();
        assertThatThrownBy(() -> officialOnly.workingDaysUsed(c, day("2027-01-05")))
                .isInstanceOf(CalendarNotCoveredException.class);
    }
}
