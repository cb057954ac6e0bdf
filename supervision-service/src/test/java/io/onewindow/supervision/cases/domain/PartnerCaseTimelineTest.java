package io.onewindow.supervision.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventEnvelope;
import io.onewindow.platform.events.approval.PartnerMilestone;
import io.onewindow.platform.events.approval.PartnerMilestoneReported;
import io.onewindow.supervision.CaseStory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A partner case's card follows the catalog's limits, not the due date the partner set itself: the
 * tax partner's 21 working days for a matter promised in 5 (limit 10), accepted Monday 2026-03-02.
 */
class PartnerCaseTimelineTest {

    private static final CaseClock CLOCK = new CaseClock(WorkingCalendar.officialChina(), CaseStory.ZONE, 90);
    private static final LocalDate ACCEPTED = CaseStory.day("2026-03-02");

    private CaseTimeline taxCase(PartnerLimits limits) {
        LocalDate partnerDue = CLOCK.calendar().addWorkingDays(ACCEPTED, 21);
        CaseStory story = CaseStory.of("p1")
                .partnerReported(
                        PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:01", null, "PERSON", "pseud-1")
                .partnerReported(
                        PartnerMilestone.ACCEPTED,
                        "2026-03-02T10:00",
                        "2026-03-02T10:01",
                        partnerDue.toString(),
                        "PERSON",
                        "pseud-1");
        CaseTimeline timeline = CaseTimeline.open("p1");
        for (EventEnvelope<DomainEvent> e : story.events()) {
            timeline.partnerMilestone(e.id(), (PartnerMilestoneReported) e.data(), limits);
        }
        return timeline;
    }

    private PartnerLimits catalogLimits() {
        return new PartnerLimits(
                3,
                CLOCK.calendar().addWorkingDays(ACCEPTED, 10),
                CLOCK.calendar().addWorkingDays(ACCEPTED, 5));
    }

    @Test
    void theCardFollowsTheCatalogsPromisedLimitAndTurnsRedWhereThePartnersDateWouldStillBeGreen() {
        CaseTimeline c = taxCase(catalogLimits());
        LocalDate afterPromised = CLOCK.calendar().addWorkingDays(ACCEPTED, 6);

        assertThat(c.deadlines().promisedDueDate()).isEqualTo(CLOCK.calendar().addWorkingDays(ACCEPTED, 5));
        assertThat(c.deadlines().statutoryDueDate()).isEqualTo(CLOCK.calendar().addWorkingDays(ACCEPTED, 10));
        assertThat(c.partnerDueDate()).isEqualTo(CLOCK.calendar().addWorkingDays(ACCEPTED, 21));
        assertThat(c.matterVersion()).isEqualTo(3);
        assertThat(CLOCK.cardOf(c, ACCEPTED)).isEqualTo(CardColour.GREEN);
        assertThat(CLOCK.cardOf(c, afterPromised)).isEqualTo(CardColour.RED);

        // without the catalog, the partner's own date rules the card: green on the same day
        CaseTimeline unchecked = taxCase(null);
        assertThat(unchecked.deadlines().promisedDueDate()).isEqualTo(c.partnerDueDate());
        assertThat(CLOCK.cardOf(unchecked, afterPromised)).isEqualTo(CardColour.GREEN);
    }

    @Test
    void limitsThatArriveAfterTheAcceptanceCountTheCaseAsIfTheyHadBeenThere() {
        CaseTimeline late = taxCase(null);
        assertThat(late.partnerLimitsArrived(catalogLimits())).isTrue();
        CaseTimeline onTime = taxCase(catalogLimits());

        assertThat(late.deadlines()).isEqualTo(onTime.deadlines());
        assertThat(late.matterVersion()).isEqualTo(3);
        // once counted, later versions change nothing
        assertThat(late.partnerLimitsArrived(new PartnerLimits(4, ACCEPTED, ACCEPTED)))
                .isFalse();
        assertThat(late.deadlines()).isEqualTo(onTime.deadlines());
    }

    @Test
    void theApplicantsPseudonymFromThePartnerMakesTheCaseTheApplicants() {
        CaseTimeline c = taxCase(catalogLimits());
        assertThat(c.applicant().type()).isEqualTo("PERSON");
        assertThat(c.applicant().pseudonym()).isEqualTo("pseud-1");
        assertThat(c.applicant().isApplicant("someone", null, "pseud-1")).isTrue();
        assertThat(c.applicant().isApplicant("someone", null, "pseud-2")).isFalse();

        CaseTimeline anonymous = CaseStory.of("p2")
                .milestone(PartnerMilestone.RECEIVED, "2026-03-02T09:00", "2026-03-02T09:01")
                .timeline();
        assertThat(anonymous.applicant().pseudonym()).isNull();
        assertThat(anonymous.applicant().isApplicant("someone", null, null)).isFalse();
    }
}
