package io.onewindow.supervision.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.visits.domain.HallWait;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures the district promised, per hall and tier, and the evaluators' period report. */
class PromisedFiguresTest {

    private static final Instant MARCH = CaseStory.at("2026-03-02T09:00");
    private static final Instant APRIL = CaseStory.at("2026-04-06T09:00");

    /** At a town hall: one corrected, one not accepted, one plain case; at the centre one plain case. */
    private static List<CaseTimeline> casesAtTwoHalls() {
        return List.of(
                CaseStory.of("town-corrected")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-02T09:00")
                        .correction(1, "2026-03-02T09:30", null)
                        .timeline(),
                CaseStory.of("town-returned")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-03T09:00")
                        .notAccepted("2026-03-03T10:00", "outside our remit", "art. 32")
                        .timeline(),
                CaseStory.of("town-plain")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-04T09:00")
                        .timeline(),
                CaseStory.of("centre-plain")
                        .receivedAtHall("panyu-district-center", 4, "1", true, "officer1", "2026-03-04T09:00")
                        .timeline());
    }

    @Test
    void hallAndTierRowsCarryTheCorrectionAndReturnRatesOfTheirCases() {
        Figures.Report report = Figures.of(casesAtTwoHalls(), List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.receptions())
                .extracting(
                        Figures.ReceptionFigures::servicePointId,
                        Figures.ReceptionFigures::correctionRate,
                        Figures.ReceptionFigures::returnRate)
                .containsExactlyInAnyOrder(
                        tuple("town-shiqiao", 0.3333, 0.3333), tuple("panyu-district-center", 0.0, 0.0));
        assertThat(report.tiers())
                .extracting(
                        Figures.TierFigures::tier, Figures.TierFigures::correctionRate, Figures.TierFigures::returnRate)
                .containsExactlyInAnyOrder(tuple(5, 0.3333, 0.3333), tuple(4, 0.0, 0.0));
    }

    @Test
    void tierRowsCountTheOnTheSpotShareOfTheirDecidedCases() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("spot")
                        .receivedAtHall("village-1", 6, "1", true, "officer7", "2026-03-02T09:00")
                        .accepted("2026-03-02T09:10", "2026-03-16", "2026-03-30", "officer7")
                        .approved("2026-03-02T11:00")
                        .timeline(),
                CaseStory.of("later")
                        .receivedAtHall("village-1", 6, "1", true, "officer7", "2026-03-02T10:00")
                        .accepted("2026-03-02T10:10", "2026-03-16", "2026-03-30", "officer7")
                        .approved("2026-03-09T10:00")
                        .timeline(),
                CaseStory.of("open")
                        .receivedAtHall("village-1", 6, "1", true, "officer7", "2026-03-02T10:30")
                        .timeline());

        Figures.TierFigures tier = Figures.of(cases, List.of(), List.of(), List.of(), null, CaseStory.ZONE)
                .tiers()
                .get(0);

        assertThat(tier.decided()).isEqualTo(2);
        assertThat(tier.decidedOnTheSpot()).isEqualTo(1);
        assertThat(tier.onTheSpotShare()).isEqualTo(0.5);
        assertThat(Figures.meetsOnTheSpotTarget(tier.onTheSpotShare())).isFalse();
        assertThat(Figures.meetsOnTheSpotTarget(0.8)).isTrue();
        assertThat(Figures.meetsOnTheSpotTarget(null)).isNull();
    }

    @Test
    void complaintsAndRatingsAreTiedToTheHallOfTheirCaseVisitOrPointAndOthersOnlyToTheDepartment() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("at-town")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-02T09:00")
                        .timeline(),
                CaseStory.of("online").submitted("2026-03-02T08:00").timeline());
        Complaint aboutCase = complaint("k-case", Complaint.Target.CASE, "at-town");
        aboutCase.answer("sorry", "deptadmin1", "market-regulation", LocalDate.of(2026, 3, 5), MARCH);
        Complaint aboutBooking = complaint("k-booking", Complaint.Target.BOOKING, "b-town");
        aboutBooking.answer("late reply", "deptadmin1", "market-regulation", LocalDate.of(2026, 3, 20), MARCH);
        Complaint aboutHall = complaint("k-hall", Complaint.Target.SERVICE_POINT, "town-shiqiao");
        Complaint aboutDepartment = complaint("k-dept", Complaint.Target.DEPARTMENT, "market-regulation");
        Complaint aboutOnlineCase = complaint("k-online", Complaint.Target.CASE, "online");
        List<Rating> ratings = List.of(
                Rating.give(Rating.Target.VISIT, "b-town", "market-regulation", 5, "PC", "u1", null, null, MARCH),
                Rating.give(
                        Rating.Target.CASE,
                        "at-town",
                        "market-regulation",
                        2,
                        "PC",
                        "u1",
                        null,
                        LocalDate.of(2026, 3, 9),
                        MARCH),
                Rating.give(
                        Rating.Target.CASE,
                        "online",
                        "market-regulation",
                        1,
                        "PC",
                        "u1",
                        null,
                        LocalDate.of(2026, 3, 9),
                        MARCH));

        Figures.Report report = Figures.of(
                cases,
                ratings,
                List.of(booking("b-town", "town-shiqiao", MARCH)),
                List.of(aboutCase, aboutBooking, aboutHall, aboutDepartment, aboutOnlineCase),
                null,
                CaseStory.ZONE);

        assertThat(report.hallFeedback()).singleElement().satisfies(hall -> {
            assertThat(hall.servicePointId()).isEqualTo("town-shiqiao");
            assertThat(hall.month()).isEqualTo("2026-03");
            assertThat(hall.complaints()).isEqualTo(3);
            assertThat(hall.complaintsAnswered()).isEqualTo(2);
            assertThat(hall.complaintsAnsweredOnTime()).isEqualTo(1);
            assertThat(hall.complaintsOnTimeShare()).isEqualTo(0.5);
            assertThat(hall.ratings()).isEqualTo(2);
            assertThat(hall.averageLevel()).isEqualTo(3.5);
            assertThat(hall.satisfiedShare()).isEqualTo(0.5);
        });
        assertThat(report.complaints()).singleElement().satisfies(department -> {
            assertThat(department.filed()).isEqualTo(5);
            assertThat(department.answered()).isEqualTo(2);
            assertThat(department.answeredOnTime()).isEqualTo(1);
            assertThat(department.answeredOnTimeRate()).isEqualTo(0.5);
        });
        assertThat(report.satisfaction())
                .singleElement()
                .satisfies(department -> assertThat(department.ratings()).isEqualTo(3));
    }

    @Test
    void aHallWithoutComplaintsOrRatingsHasNoFeedbackRowAndADepartmentsReportOnlyItsOwn() {
        Complaint otherDepartment = complaint("k-hall", Complaint.Target.SERVICE_POINT, "town-shiqiao");

        assertThat(Figures.of(List.of(), List.of(), List.of(), List.of(), null, CaseStory.ZONE)
                        .hallFeedback())
                .isEmpty();
        assertThat(Figures.of(List.of(), List.of(), List.of(), List.of(otherDepartment), "tax", CaseStory.ZONE)
                        .hallFeedback())
                .isEmpty();
    }

    @Test
    void aPeriodCountsOnlyWhatHappenedOnItsDaysButTiesAnEarlierCaseToItsHall() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("february")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-02-27T09:00")
                        .timeline(),
                CaseStory.of("march")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-31T23:30")
                        .timeline(),
                CaseStory.of("april")
                        .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-04-01T00:30")
                        .timeline());
        Complaint marchAboutFebruary = complaint("k-feb", Complaint.Target.CASE, "february");
        Complaint aprilComplaint = Complaint.file(
                "k-apr",
                "u1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "march",
                "market-regulation",
                "slow",
                LocalDate.of(2026, 4, 20),
                APRIL);
        List<HallWait> waits = List.of(
                new HallWait("t1", "town-shiqiao", "market-regulation", MARCH, 600),
                new HallWait("t2", "town-shiqiao", "market-regulation", APRIL, 60));
        ReportPeriod march = ReportPeriod.parse("2026-03-01", "2026-03-31");

        Figures.Report report = Figures.of(
                cases,
                List.of(),
                List.of(booking("b-mar", "town-shiqiao", MARCH), booking("b-apr", "town-shiqiao", APRIL)),
                List.of(marchAboutFebruary, aprilComplaint),
                waits,
                null,
                march,
                CaseStory.ZONE);

        assertThat(report.receptions()).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo("2026-03");
            assertThat(r.received()).isEqualTo(1);
        });
        assertThat(report.bookings())
                .singleElement()
                .satisfies(b -> assertThat(b.bookings()).isEqualTo(1));
        assertThat(report.waiting())
                .singleElement()
                .satisfies(w -> assertThat(w.calls()).isEqualTo(1));
        assertThat(report.complaints())
                .singleElement()
                .satisfies(c -> assertThat(c.filed()).isEqualTo(1));
        assertThat(report.hallFeedback())
                .singleElement()
                .satisfies(h -> assertThat(h.complaints()).isEqualTo(1));
        assertThat(Figures.perDepartment(cases, null, march, CaseStory.ZONE))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.received()).isEqualTo(1);
                    assertThat(d.matterCode()).isNull();
                });
    }

    @Test
    void departmentRowsAddUpEveryMatterOfTheMonth() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("a")
                        .forMatter("MR-001")
                        .submitted("2026-03-02T08:00")
                        .timeline(),
                CaseStory.of("b")
                        .forMatter("MR-002")
                        .submitted("2026-03-03T08:00")
                        .notAccepted("2026-03-03T09:00", "no", "art. 1")
                        .timeline(),
                CaseStory.of("c")
                        .forMatter("MR-002")
                        .submitted("2026-04-01T08:00")
                        .timeline());

        assertThat(Figures.perDepartment(cases, null, null, CaseStory.ZONE))
                .extracting(
                        Figures.CaseFigures::department,
                        Figures.CaseFigures::month,
                        Figures.CaseFigures::received,
                        Figures.CaseFigures::returnRate)
                .containsExactly(
                        tuple("market-regulation", "2026-03", 2L, 0.5), tuple("market-regulation", "2026-04", 1L, 0.0));
        assertThat(Figures.perDepartment(cases, "tax", null, CaseStory.ZONE)).isEmpty();
    }

    @Test
    void thePeriodReportNamesItsRowsInChineseAndSaysWhetherEachMeetsTheTarget() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("spot")
                        .receivedAtHall("town-shiqiao", 5, "1", true, "officer5", "2026-03-02T09:00")
                        .accepted("2026-03-02T09:10", "2026-03-16", "2026-03-30", "officer5")
                        .approved("2026-03-02T11:00")
                        .timeline(),
                CaseStory.of("later")
                        .receivedAtHall("panyu-district-center", 4, "1", true, "officer1", "2026-03-02T10:00")
                        .accepted("2026-03-02T10:10", "2026-03-16", "2026-03-30", "officer1")
                        .approved("2026-03-09T10:00")
                        .timeline());
        ReportPeriod march = ReportPeriod.parse("2026-03-01", "2026-03-31");
        Figures.Report figures = Figures.of(
                        cases,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new HallWait("t1", "town-shiqiao", "market-regulation", MARCH, 600)),
                        null,
                        march,
                        CaseStory.ZONE)
                .named(
                        Map.of("market-regulation", "区市场监督管理局"),
                        Map.of("town-shiqiao", "市桥街政务服务中心", "panyu-district-center", "番禺区政务服务中心"));

        List<Visit> filledDay = List.of(booking(
                "d1",
                "town-shiqiao",
                CaseStory.at("2026-03-09T09:00"),
                CaseStory.at("2026-03-02T12:00"),
                CaseStory.at("2026-03-02T08:00"),
                1,
                0));
        PeriodReport report = PeriodReport.of(
                march,
                figures,
                Figures.perDepartment(cases, null, march, CaseStory.ZONE),
                Figures.fills(filledDay, null, march, CaseStory.ZONE, false),
                MARCH);

        assertThat(report.onTheSpotTarget()).isEqualTo(0.8);
        assertThat(report.departments()).singleElement().satisfies(d -> {
            assertThat(d.departmentName()).isEqualTo("区市场监督管理局");
            assertThat(d.decided()).isEqualTo(2);
            assertThat(d.onTheSpotShare()).isEqualTo(0.5);
            assertThat(d.meetsOnTheSpotTarget()).isFalse();
        });
        assertThat(report.halls())
                .extracting(
                        PeriodReport.Row::servicePointName,
                        PeriodReport.Row::tier,
                        PeriodReport.Row::onTheSpotShare,
                        PeriodReport.Row::meetsOnTheSpotTarget,
                        PeriodReport.Row::waitCalls,
                        PeriodReport.Row::filledDays,
                        PeriodReport.Row::hoursToFillMedian)
                .containsExactlyInAnyOrder(
                        tuple("市桥街政务服务中心", 5, 1.0, true, 1L, 1L, 4.0), tuple("番禺区政务服务中心", 4, 0.0, false, 0L, 0L, null));
        assertThat(report.tiers())
                .extracting(PeriodReport.Row::tier, PeriodReport.Row::meetsOnTheSpotTarget)
                .containsExactlyInAnyOrder(tuple(5, true), tuple(4, false));
    }

    @Test
    void aReleasedDayFillsWhenABookingTakesItsLastPlaceMedianAndP90HoursPerHallMatterAndMonth() {
        Instant released = CaseStory.at("2026-03-02T08:00");
        Instant day1 = CaseStory.at("2026-03-09T09:00");
        Instant day2 = CaseStory.at("2026-03-10T09:00");
        Instant day3 = CaseStory.at("2026-03-11T09:00");
        Instant day4 = CaseStory.at("2026-03-12T09:00");
        List<Visit> visits = List.of(
                // day 1: two places, filled 2 h after its release by the second booking
                booking("d1-a", "town-shiqiao", day1, CaseStory.at("2026-03-02T09:00"), released, 2, 1),
                booking("d1-b", "town-shiqiao", day1, CaseStory.at("2026-03-02T10:00"), released, 2, 0),
                // day 2: filled after 30 h; a later refill (after a cancellation) does not move the time
                booking("d2-a", "town-shiqiao", day2, CaseStory.at("2026-03-03T14:00"), released, 1, 0),
                booking("d2-b", "town-shiqiao", day2, CaseStory.at("2026-03-05T14:00"), released, 1, 0),
                // day 3: filled after 6 h
                booking("d3-a", "town-shiqiao", day3, CaseStory.at("2026-03-02T14:00"), released, 1, 0),
                // day 4: never filled
                booking("d4-a", "town-shiqiao", day4, CaseStory.at("2026-03-02T09:00"), released, 3, 2),
                // a booking that did not report its day's release is not counted
                booking("old", "town-shiqiao", day4));

        assertThat(Figures.fills(visits, null, null, CaseStory.ZONE, true))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.servicePointId()).isEqualTo("town-shiqiao");
                    assertThat(f.matterCode()).isEqualTo("MR-001");
                    assertThat(f.month()).isEqualTo("2026-03");
                    assertThat(f.releasedDays()).isEqualTo(4);
                    assertThat(f.filledDays()).isEqualTo(3);
                    assertThat(f.filledShare()).isEqualTo(0.75);
                    assertThat(f.hoursToFillMedian()).isEqualTo(6.0);
                    assertThat(f.hoursToFillP90()).isEqualTo(30.0);
                });
        assertThat(Figures.of(List.of(), List.of(), visits, List.of(), null, CaseStory.ZONE)
                        .fills())
                .singleElement()
                .satisfies(f -> assertThat(f.filledDays()).isEqualTo(3));
    }

    @Test
    void aDayThatNeverFillsIsReleasedAndNotFilledWithNoTimeToFill() {
        Instant released = CaseStory.at("2026-03-02T08:00");
        List<Visit> visits = List.of(booking(
                "open",
                "town-shiqiao",
                CaseStory.at("2026-03-09T09:00"),
                CaseStory.at("2026-03-02T09:00"),
                released,
                5,
                4));

        assertThat(Figures.fills(visits, null, null, CaseStory.ZONE, false))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.matterCode()).isNull();
                    assertThat(f.releasedDays()).isEqualTo(1);
                    assertThat(f.filledDays()).isZero();
                    assertThat(f.filledShare()).isEqualTo(0.0);
                    assertThat(f.hoursToFillMedian()).isNull();
                });
        assertThat(Figures.fills(visits, "tax", null, CaseStory.ZONE, false)).isEmpty();
        assertThat(Figures.fills(visits, null, ReportPeriod.parse("2026-04-01", "2026-04-30"), CaseStory.ZONE, false))
                .isEmpty();
    }

    @Test
    void aPeriodRunsForwardForAtMost366DaysBetweenWellFormedDates() {
        assertThat(ReportPeriod.parse("2028-01-01", "2028-12-31").days()).isEqualTo(366);
        assertThat(ReportPeriod.parse("2026-03-01", "2026-03-01").days()).isEqualTo(1);
        assertRefused("2026-01-01", "2027-01-02", "to", "report.period-too-long");
        assertRefused("2026-03-02", "2026-03-01", "to", "report.period-reversed");
        assertRefused("2026-3-1", "2026-03-31", "from", "report.period-malformed");
        assertRefused("2026-02-01", "2026-02-30", "to", "report.period-malformed");
        assertRefused(null, "2026-03-31", "from", "report.period-missing");
        assertRefused("2026-03-01", " ", "to", "report.period-missing");
    }

    private static void assertRefused(String from, String to, String field, String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(from, to))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    private static Complaint complaint(String id, Complaint.Target target, String targetId) {
        return Complaint.file(
                id,
                "u1",
                "citizen1",
                Complaint.Channel.PORTAL,
                target,
                targetId,
                "market-regulation",
                "slow",
                LocalDate.of(2026, 3, 9),
                MARCH);
    }

    /** A booking at {@code hall} for a slot at {@code slot}, booked then. */
    static Visit booking(String id, String hall, Instant slot) {
        return booking(id, hall, slot, slot, null, null, null);
    }

    /**
     * A booking at {@code hall} made at {@code bookedAt} for a slot at {@code slot}, whose day was released at
     * {@code released} with {@code dayPlaces} places, {@code left} of them left after it.
     */
    static Visit booking(String id, String hall, Instant slot, Instant released, int dayPlaces, int left) {
        return booking(id, hall, slot, slot, released, dayPlaces, left);
    }

    static Visit booking(
            String id, String hall, Instant slot, Instant bookedAt, Instant released, Integer dayPlaces, Integer left) {
        Visit v = Visit.open(id);
        v.booked(
                "evt-" + id,
                new Booked(
                        id,
                        "C",
                        null,
                        hall,
                        "MR-001",
                        slot,
                        "p-" + id,
                        "440113********1235",
                        null,
                        null,
                        BookingChannel.PORTAL,
                        "d",
                        false,
                        "market-regulation",
                        released,
                        dayPlaces,
                        left),
                bookedAt);
        return v;
    }
}
