package io.onewindow.supervision.casefile.web;

import static io.onewindow.supervision.CaseStory.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.support.TestYear2027;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseViewTest {

    private static CaseTimeline acceptedIntoJanuary2027() {
        return CaseStory.of("c1")
                .submitted("2026-12-21T09:00")
                .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1")
                .timeline();
    }

    @Test
    void everyComputedDateSaysWhetherItIsProvisional() {
        CaseClock clock = new CaseClock(TestYear2027.provisional(), CaseStory.ZONE, 90);

        CaseView view = CaseView.of(
                acceptedIntoJanuary2027(), clock, day("2026-12-28"), List.of(), List.of(), Optional.empty());

        assertThat(view.promisedDueDate()).isEqualTo(day("2027-01-05"));
        assertThat(view.promisedDueProvisional()).isTrue();
        assertThat(view.statutoryDueProvisional()).isTrue();
        assertThat(view.workingDaysUsed()).isEqualTo(5);
        assertThat(view.workingDaysLeft()).isEqualTo(5);
        assertThat(view.clockProvisional()).isTrue();
    }

    @Test
    void aCaseReachingPastTheCalendarsHorizonIsShownWithoutItsCount() {
        // A calendar answering official years only: 2027 lies past its horizon.
        CaseClock clock = new CaseClock(WorkingCalendar.officialChina(0), CaseStory.ZONE, 90);

        CaseView view = CaseView.of(
                acceptedIntoJanuary2027(), clock, day("2027-01-05"), List.of(), List.of(), Optional.empty());

        assertThat(view.workingDaysUsed()).isNull();
        assertThat(view.workingDaysLeft()).isNull();
        assertThat(view.promisedDueProvisional()).isTrue();
        assertThat(view.timeline()).hasSize(2);
    }

    @Test
    void deadlineChangesOfTheCaseAndOfComplaintsAboutItAreListedInTimeOrder() {
        CaseTimeline c = CaseStory.of("c1")
                .submitted("2026-12-21T09:00")
                .acceptedProvisionally("2026-12-21T10:00", "2027-01-05", "2027-01-19", "officer1")
                .deadlinesRecomputed("2027-01-04T12:00", 2027, "promised:2027-01-05:2027-01-06")
                .timeline();
        Complaint complaint = Complaint.file(
                "k1",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "c1",
                "market-regulation",
                "slow",
                TestYear2027.provisional().dueDate(day("2026-12-28"), 5),
                5,
                CaseStory.at("2026-12-28T10:00"));
        complaint.recountDue(
                TestYear2027.provisional(),
                TestYear2027.official(),
                CaseStory.ZONE,
                TestYear2027.YEAR,
                TestYear2027.REASON,
                CaseStory.at("2027-01-04T11:00"));
        CaseClock clock = new CaseClock(TestYear2027.official(), CaseStory.ZONE, 90);

        CaseView view = CaseView.of(c, clock, day("2027-01-04"), List.of(), List.of(complaint), Optional.empty());

        assertThat(view.deadlineChanges())
                .extracting(CaseView.DeadlineChangeView::deadline, CaseView.DeadlineChangeView::subjectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("complaint-answer", "k1"),
                        org.assertj.core.groups.Tuple.tuple("promised", "c1"));
        assertThat(view.promisedDueProvisional()).isFalse();
        assertThat(view.clockProvisional()).isFalse();
    }

    @Test
    void theTicketsHallTrailIsMergedIntoTheTimelineInTimeOrder() {
        CaseClock clock = new CaseClock(TestYear2027.provisional(), CaseStory.ZONE, 90);
        TimelineEntry issued = new TimelineEntry("t-1", "TicketIssued", CaseStory.at("2026-12-21T08:30"), "o", "n");
        TimelineEntry served = new TimelineEntry("t-2", "Served", CaseStory.at("2026-12-21T09:30"), "o", "n");

        CaseView view = CaseView.of(
                acceptedIntoJanuary2027(),
                clock,
                day("2026-12-28"),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(served, issued));

        assertThat(view.timeline())
                .extracting(TimelineEntry::type)
                .containsExactly("TicketIssued", "ApplicationSubmitted", "Served", "ApplicationAccepted");
    }
}
