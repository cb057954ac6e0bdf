package io.onewindow.supervision.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.events.appointment.Booked;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.events.appointment.NoShow;
import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.visits.domain.HallWait;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Instant MARCH = CaseStory.at("2026-03-02T09:00");

    private static List<CaseTimeline> fourCasesInMarch() {
        return List.of(
                // early: done in 5 of 10 working days
                CaseStory.of("early")
                        .submitted("2026-03-02T08:00")
                        .acceptedOnMarch2()
                        .completed("2026-03-09T10:00", "2026-03-02T10:00", "2026-03-16", 5)
                        .timeline(),
                // on the due day: on time, not early
                CaseStory.of("due-day")
                        .submitted("2026-03-02T08:00")
                        .correction(1, "2026-03-02T08:30", null)
                        .acceptedOnMarch2()
                        .completed("2026-03-16T10:00", "2026-03-02T10:00", "2026-03-16", 10)
                        .timeline(),
                // late
                CaseStory.of("late")
                        .submitted("2026-03-02T08:00")
                        .acceptedOnMarch2()
                        .completed("2026-03-18T10:00", "2026-03-02T10:00", "2026-03-16", 12)
                        .timeline(),
                CaseStory.of("refused")
                        .submitted("2026-03-02T08:00")
                        .notAccepted("2026-03-03T08:00", "outside our remit", "art. 32")
                        .timeline());
    }

    @Test
    void countsRunningCasesByTheCardTheyShow() {
        CaseTimeline green = CaseStory.of("green")
                .submitted("2026-03-02T08:00")
                .acceptedOnMarch2()
                .timeline();
        green.showCard(CardColour.GREEN);
        CaseTimeline yellow = CaseStory.of("yellow")
                .submitted("2026-03-02T08:00")
                .acceptedOnMarch2()
                .timeline();
        yellow.showCard(CardColour.YELLOW);
        CaseTimeline red = CaseStory.of("red")
                .submitted("2026-03-02T08:00")
                .acceptedOnMarch2()
                .timeline();
        red.showCard(CardColour.RED);
        CaseTimeline lateButDone = CaseStory.of("late")
                .submitted("2026-03-02T08:00")
                .acceptedOnMarch2()
                .completed("2026-03-18T10:00", "2026-03-02T10:00", "2026-03-16", 12)
                .timeline();
        lateButDone.showCard(CardColour.RED);

        Figures.Report report = Figures.of(
                List.of(green, yellow, red, lateButDone), List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.cases()).singleElement().satisfies(row -> {
            assertThat(row.inProgress()).isEqualTo(3);
            assertThat(row.yellowCards()).isEqualTo(1);
            assertThat(row.redCards()).isEqualTo(1);
            assertThat(row.completed()).isEqualTo(1);
        });
    }

    @Test
    void countsCasesAndTheirRatesPerDepartmentMatterAndMonth() {
        Figures.Report report = Figures.of(fourCasesInMarch(), List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.cases()).singleElement().satisfies(row -> {
            assertThat(row.department()).isEqualTo("market-regulation");
            assertThat(row.matterCode()).isEqualTo("MR-001");
            assertThat(row.month()).isEqualTo("2026-03");
            assertThat(row.received()).isEqualTo(4);
            assertThat(row.accepted()).isEqualTo(3);
            assertThat(row.completed()).isEqualTo(3);
            assertThat(row.onTimeRate()).isEqualTo(0.6667);
            assertThat(row.earlyRate()).isEqualTo(0.3333);
            assertThat(row.averageWorkingDaysUsed()).isEqualTo(9.0);
            assertThat(row.correctionRate()).isEqualTo(0.25);
            assertThat(row.returnRate()).isEqualTo(0.25);
        });
    }

    @Test
    void aDepartmentSeesOnlyItsOwnFiguresAndNoBookings() {
        Figures.Report report = Figures.of(
                fourCasesInMarch(), List.of(), List.of(visit("b1", false)), List.of(), "tax", CaseStory.ZONE);
        assertThat(report.cases()).isEmpty();
        assertThat(report.bookings()).isEmpty();
    }

    @Test
    void countsSatisfactionBookingsAndComplaints() {
        List<Rating> ratings = List.of(
                Rating.give(Rating.Target.CASE, "c1", "market-regulation", 1, "PC", "u1", null, null, MARCH),
                Rating.give(
                        Rating.Target.CASE,
                        "c2",
                        "market-regulation",
                        5,
                        "PC",
                        "u2",
                        null,
                        LocalDate.of(2026, 3, 9),
                        MARCH),
                Rating.byDefault(Rating.Target.CASE, "c3", "market-regulation", MARCH));
        Complaint answered = complaint("k1");
        answered.answer("done", "deptadmin1", "market-regulation", LocalDate.of(2026, 3, 5), MARCH);
        List<Complaint> complaints = List.of(answered, complaint("k2"));
        List<Visit> visits = List.of(visit("b1", true), visit("b2", false), visit("b3", false), visit("b4", false));

        Figures.Report report = Figures.of(List.of(), ratings, visits, complaints, null, CaseStory.ZONE);

        assertThat(report.satisfaction()).singleElement().satisfies(row -> {
            assertThat(row.ratings()).isEqualTo(3);
            assertThat(row.averageLevel()).isEqualTo(3.0);
            assertThat(row.satisfiedRate()).isEqualTo(0.6667);
            assertThat(row.bad()).isEqualTo(1);
        });
        assertThat(report.bookings()).singleElement().satisfies(row -> {
            assertThat(row.servicePointId()).isEqualTo("sp-1");
            assertThat(row.bookings()).isEqualTo(4);
            assertThat(row.noShowRate()).isEqualTo(0.25);
        });
        assertThat(report.complaints()).singleElement().satisfies(row -> {
            assertThat(row.filed()).isEqualTo(2);
            assertThat(row.answered()).isEqualTo(1);
            assertThat(row.answeredOnTimeRate()).isEqualTo(1.0);
        });
    }

    @Test
    void ratesWithoutABaseAreEmptyNotZero() {
        Figures.Report report = Figures.of(
                List.of(CaseStory.of("new").submitted("2026-03-02T08:00").timeline()),
                List.of(),
                List.of(),
                List.of(),
                null,
                CaseStory.ZONE);
        assertThat(report.cases()).singleElement().satisfies(row -> {
            assertThat(row.onTimeRate()).isNull();
            assertThat(row.averageWorkingDaysUsed()).isNull();
        });
    }

    private static Complaint complaint(String id) {
        return Complaint.file(
                id,
                "u1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "c1",
                "market-regulation",
                "slow",
                LocalDate.of(2026, 3, 9),
                MARCH);
    }

    @Test
    void theBookingLeadTimeIsTheDaysFromBookingToTheSlotMedianAndP90() {
        List<Visit> visits = List.of(ahead("l1", 24), ahead("l2", 36), ahead("l3", 72), ahead("l4", 240));

        Figures.Report report = Figures.of(List.of(), List.of(), visits, List.of(), null, CaseStory.ZONE);

        assertThat(report.bookings()).singleElement().satisfies(row -> {
            assertThat(row.leadDaysMedian()).isEqualTo(1.5);
            assertThat(row.leadDaysP90()).isEqualTo(10.0);
        });
        // booked and served the same minute: no lead
        assertThat(Figures.of(List.of(), List.of(), List.of(visit("b1", false)), List.of(), null, CaseStory.ZONE)
                        .bookings()
                        .get(0)
                        .leadDaysMedian())
                .isEqualTo(0.0);
    }

    /** A booking made {@code hours} before its slot (in March). */
    private static Visit ahead(String id, long hours) {
        Visit v = Visit.open(id);
        v.booked(
                "evt-" + id,
                new Booked(
                        id,
                        "C",
                        null,
                        "sp-1",
                        "MR-001",
                        MARCH.plus(java.time.Duration.ofHours(hours)),
                        "p-" + id,
                        "m",
                        null,
                        null,
                        BookingChannel.PORTAL,
                        "d",
                        null),
                MARCH);
        return v;
    }

    private static Visit visit(String id, boolean noShow) {
        Visit v = Visit.open(id);
        v.booked(
                "evt-" + id,
                new Booked(
                        id,
                        "C",
                        null,
                        "sp-1",
                        "MR-001",
                        MARCH,
                        "p-" + id,
                        "m",
                        null,
                        null,
                        BookingChannel.PORTAL,
                        "d",
                        null),
                MARCH);
        if (noShow) {
            v.noShow("evt-n-" + id, new NoShow(id, "sp-1", "MR-001", MARCH, "p-" + id, "m", null, null));
        }
        return v;
    }

    @Test
    void countsWhereCasesWereReceivedPerHallAndPerTier() {
        CaseTimeline atCentre = CaseStory.of("centre")
                .receivedAtHall("panyu-district-center", 4, "1", true, "officer5", "2026-03-02T09:00")
                .acceptedOnMarch2()
                .completed("2026-03-03T10:00", "2026-03-02T10:00", "2026-03-16", 1)
                .timeline();
        CaseTimeline atDepartmentWindow = CaseStory.of("centre-dept")
                .receivedAtHall("panyu-district-center", 4, "7", false, "officer1", "2026-03-03T09:00")
                .timeline();
        CaseTimeline inTown = CaseStory.of("town")
                .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-04T09:00")
                .timeline();
        CaseTimeline online =
                CaseStory.of("online").submitted("2026-03-05T09:00").timeline();
        CaseTimeline onlineThenVillage = CaseStory.of("online-village")
                .submitted("2026-03-06T09:00")
                .visitAttached("village-shiqiao-1", 6, "1", "officer7", "2026-03-09T09:00")
                .timeline();

        Figures.Report report = Figures.of(
                List.of(atCentre, atDepartmentWindow, inTown, online, onlineThenVillage),
                List.of(),
                List.of(),
                List.of(),
                null,
                CaseStory.ZONE);

        assertThat(report.receptions())
                .extracting(
                        Figures.ReceptionFigures::servicePointId,
                        Figures.ReceptionFigures::tier,
                        Figures.ReceptionFigures::received,
                        Figures.ReceptionFigures::atComprehensiveWindows,
                        Figures.ReceptionFigures::completed)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("panyu-district-center", 4, 2L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("town-shiqiao", 5, 1L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("village-shiqiao-1", 6, 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(null, null, 1L, 0L, 0L));
        assertThat(report.tiers())
                .extracting(Figures.TierFigures::tier, Figures.TierFigures::received, Figures.TierFigures::share)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, 2L, 0.4),
                        org.assertj.core.groups.Tuple.tuple(5, 1L, 0.2),
                        org.assertj.core.groups.Tuple.tuple(6, 1L, 0.2),
                        org.assertj.core.groups.Tuple.tuple(null, 1L, 0.2));
    }

    /** The two parts of a linked housing transfer, received at one comprehensive window from one ticket. */
    private static List<CaseTimeline> linkedHousingTransfer(String suffix, String ticketId, boolean bothCompleted) {
        CaseStory registration = CaseStory.of("re-" + suffix)
                .inDepartment("natural-resources")
                .forMatter("RE-TRANSFER-REG")
                .receivedAsLinkedPart(
                        "LB-20260302-0000" + suffix,
                        ticketId,
                        "panyu-district-center",
                        4,
                        "1",
                        true,
                        "officer5",
                        "2026-03-02T09:00")
                .accepted("2026-03-02T09:10", "2026-03-16", "2026-03-30", "officer5")
                .completed("2026-03-05T10:00", "2026-03-02T09:10", "2026-03-16", 3);
        CaseStory deedTax = CaseStory.of("tax-" + suffix)
                .inDepartment("tax")
                .forMatter("TAX-HOUSING-DEED")
                .receivedAsLinkedPart(
                        "LB-20260302-0000" + suffix,
                        ticketId,
                        "panyu-district-center",
                        4,
                        "1",
                        true,
                        "officer5",
                        "2026-03-02T09:01")
                .accepted("2026-03-02T09:11", "2026-03-16", "2026-03-30", "officer5");
        if (bothCompleted) {
            deedTax.completed("2026-03-05T10:00", "2026-03-02T09:11", "2026-03-16", 3);
        }
        return List.of(registration.timeline(), deedTax.timeline());
    }

    @Test
    void aLinkedFilingReceivedWithOneTicketIsOneReceptionOfTwoCases() {
        List<CaseTimeline> cases = new java.util.ArrayList<>(linkedHousingTransfer("01", "ticket-lb-1", true));
        cases.add(CaseStory.of("single")
                .receivedAtHall("panyu-district-center", 4, "1", true, "officer5", "2026-03-03T09:00")
                .timeline());

        Figures.Report report = Figures.of(cases, List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.receptions()).singleElement().satisfies(row -> {
            assertThat(row.servicePointId()).isEqualTo("panyu-district-center");
            assertThat(row.month()).isEqualTo("2026-03");
            assertThat(row.received()).isEqualTo(2);
            assertThat(row.cases()).isEqualTo(3);
            assertThat(row.atComprehensiveWindows()).isEqualTo(2);
            assertThat(row.completed()).isEqualTo(1);
            assertThat(row.linkedFilings()).isEqualTo(1);
        });
        assertThat(report.tiers()).singleElement().satisfies(row -> {
            assertThat(row.tier()).isEqualTo(4);
            assertThat(row.received()).isEqualTo(2);
            assertThat(row.cases()).isEqualTo(3);
            assertThat(row.share()).isEqualTo(1.0);
        });
        // Each department still received its own case.
        assertThat(report.cases())
                .extracting(Figures.CaseFigures::department, Figures.CaseFigures::received)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("natural-resources", 1L),
                        org.assertj.core.groups.Tuple.tuple("tax", 1L),
                        org.assertj.core.groups.Tuple.tuple("market-regulation", 1L));
    }

    @Test
    void aLinkedVisitIsCompletedOnlyWhenEveryPartIsAndCountsOnceInEachDepartmentsReport() {
        Figures.Report all = Figures.of(
                linkedHousingTransfer("02", "ticket-lb-2", false),
                List.of(),
                List.of(),
                List.of(),
                null,
                CaseStory.ZONE);
        assertThat(all.receptions()).singleElement().satisfies(row -> {
            assertThat(row.received()).isEqualTo(1);
            assertThat(row.completed()).isZero();
        });

        Figures.Report tax = Figures.of(
                linkedHousingTransfer("02", "ticket-lb-2", false),
                List.of(),
                List.of(),
                List.of(),
                "tax",
                CaseStory.ZONE);
        assertThat(tax.receptions()).singleElement().satisfies(row -> {
            assertThat(row.received()).isEqualTo(1);
            assertThat(row.cases()).isEqualTo(1);
            assertThat(row.linkedFilings()).isEqualTo(1);
        });
    }

    @Test
    void anEventAppliedAgainOrUnderAnotherIdDoesNotCountTheVisitTwice() {
        List<CaseTimeline> parts = linkedHousingTransfer("03", "ticket-lb-3", true);
        CaseTimeline registration = parts.get(0);
        CaseStory again = CaseStory.of("re-03")
                .inDepartment("natural-resources")
                .forMatter("RE-TRANSFER-REG")
                .receivedAsLinkedPart(
                        "LB-20260302-000003",
                        "ticket-lb-3",
                        "panyu-district-center",
                        4,
                        "1",
                        true,
                        "officer5",
                        "2026-03-02T09:00");
        // Republished under another event id, then that delivered again: still one case of one visit.
        CaseStory.apply(registration, again.events().get(0));
        CaseStory.apply(registration, again.events().get(0));

        Figures.Report report = Figures.of(parts, List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.receptions()).singleElement().satisfies(row -> {
            assertThat(row.received()).isEqualTo(1);
            assertThat(row.cases()).isEqualTo(2);
            assertThat(row.linkedFilings()).isEqualTo(1);
        });
    }

    @Test
    void partsOfOneVisitCountInTheMonthOfTheFirstEvenAcrossMidnightOfTheMonthsEnd() {
        CaseTimeline first = CaseStory.of("re-eom")
                .receivedAsLinkedPart(
                        "LB-20260331-000001",
                        "ticket-eom",
                        "town-shiqiao",
                        5,
                        "2",
                        true,
                        "officer5",
                        "2026-03-31T23:59")
                .timeline();
        CaseTimeline second = CaseStory.of("tax-eom")
                .inDepartment("tax")
                .receivedAsLinkedPart(
                        "LB-20260331-000001",
                        "ticket-eom",
                        "town-shiqiao",
                        5,
                        "2",
                        true,
                        "officer5",
                        "2026-04-01T00:01")
                .timeline();

        Figures.Report report =
                Figures.of(List.of(second, first), List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.receptions()).singleElement().satisfies(row -> {
            assertThat(row.month()).isEqualTo("2026-03");
            assertThat(row.received()).isEqualTo(1);
            assertThat(row.cases()).isEqualTo(2);
        });
    }

    @Test
    void hallWaitsAreNearestRankPercentilesPerHallMonthAndHourOfDay() {
        List<HallWait> waits = List.of(
                wait("a", "hall-1", "2026-03-03T01:10:00Z", 300),
                wait("b", "hall-1", "2026-03-03T01:20:00Z", 600),
                wait("c", "hall-1", "2026-03-03T01:40:00Z", 1200),
                wait("d", "hall-1", "2026-03-03T06:30:00Z", 2400),
                wait("e", "hall-1", "2026-04-01T01:00:00Z", 90),
                wait("f", "hall-2", "2026-03-03T01:00:00Z", 60));

        List<Figures.WaitingFigures> figures = Figures.waiting(waits, null, CaseStory.ZONE);

        assertThat(figures)
                .extracting(Figures.WaitingFigures::servicePointId, Figures.WaitingFigures::month)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hall-1", "2026-03"),
                        org.assertj.core.groups.Tuple.tuple("hall-1", "2026-04"),
                        org.assertj.core.groups.Tuple.tuple("hall-2", "2026-03"));
        Figures.WaitingFigures march = figures.get(0);
        assertThat(march.calls()).isEqualTo(4);
        assertThat(march.p50Minutes()).isEqualTo(10.0);
        assertThat(march.p90Minutes()).isEqualTo(40.0);
        assertThat(march.byHour())
                .containsExactly(new Figures.HourWait(9, 3, 10.0, 20.0), new Figures.HourWait(14, 1, 40.0, 40.0));
        assertThat(figures.get(1).p50Minutes()).isEqualTo(1.5);
        // one department's tickets only
        assertThat(Figures.waiting(waits, "market-regulation", CaseStory.ZONE)).isEmpty();
        assertThat(Figures.minutesAt(List.of(), 0.5)).isNull();
    }

    private static HallWait wait(String ticket, String hall, String calledAt, long seconds) {
        return new HallWait(ticket, hall, "tax", Instant.parse(calledAt), seconds);
    }

    @Test
    void aReportNamesInChineseTheDepartmentsAndHallsItCountsAndNoOthers() {
        Figures.Report report = Figures.of(
                        fourCasesInMarch(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(wait("a", "hall-1", "2026-03-03T01:10:00Z", 300)),
                        null,
                        CaseStory.ZONE)
                .named(
                        java.util.Map.of("market-regulation", "番禺区市场监督管理局", "tax", "国家税务总局广州市番禺区税务局"),
                        java.util.Map.of("hall-1", "番禺区政务服务中心", "hall-9", "未统计的大厅"));

        java.util.Set<String> counted = new java.util.HashSet<>();
        report.cases().forEach(c -> counted.add(c.department()));
        assertThat(counted).containsExactly(CaseStory.DEPARTMENT);
        assertThat(report.names().departments())
                .containsExactly(java.util.Map.entry("market-regulation", "番禺区市场监督管理局"));
        assertThat(report.names().servicePoints()).containsExactly(java.util.Map.entry("hall-1", "番禺区政务服务中心"));
    }

    @Test
    void theOnTheSpotShareIsOfDecidedCasesDecidedTheDayTheyWereAcceptedOrWithNoDayPromised() {
        List<CaseTimeline> cases = List.of(
                CaseStory.of("spot")
                        .receivedAtHall("hall-spot", 5, "1", true, "officer5", "2026-03-02T09:00")
                        .accepted("2026-03-02T09:10", "2026-03-16", "2026-03-30", "officer5")
                        .approved("2026-03-02T11:00")
                        .timeline(),
                CaseStory.of("no-day")
                        .receivedAtHall("hall-spot", 5, "1", true, "officer5", "2026-03-02T09:30")
                        .accepted("2026-03-02T09:40", "2026-03-02", "2026-03-02", "officer5")
                        .approved("2026-03-03T10:00")
                        .timeline(),
                CaseStory.of("later")
                        .receivedAtHall("hall-spot", 5, "1", true, "officer5", "2026-03-02T10:00")
                        .accepted("2026-03-02T10:10", "2026-03-16", "2026-03-30", "officer5")
                        .approved("2026-03-09T10:00")
                        .timeline(),
                CaseStory.of("undecided")
                        .receivedAtHall("hall-spot", 5, "1", true, "officer5", "2026-03-02T10:30")
                        .accepted("2026-03-02T10:40", "2026-03-16", "2026-03-30", "officer5")
                        .timeline());

        Figures.Report report = Figures.of(cases, List.of(), List.of(), List.of(), null, CaseStory.ZONE);

        assertThat(report.cases()).singleElement().satisfies(row -> {
            assertThat(row.decided()).isEqualTo(3);
            assertThat(row.decidedOnTheSpot()).isEqualTo(2);
            assertThat(row.onTheSpotShare()).isEqualTo(0.6667);
            assertThat(row.onTheSpotShare()).isLessThan(Figures.ON_THE_SPOT_TARGET);
        });
        assertThat(report.receptions()).singleElement().satisfies(row -> {
            assertThat(row.servicePointId()).isEqualTo("hall-spot");
            assertThat(row.decidedOnTheSpot()).isEqualTo(2);
            assertThat(row.onTheSpotShare()).isEqualTo(0.6667);
        });
    }

    @Test
    void theCatalogSideCountsPerDepartmentTheLatestMattersTheWindowDecides() {
        List<io.onewindow.supervision.catalog.domain.MatterDefinition> latest = List.of(
                matter("MR-BA-001", "market-regulation", true),
                matter("MR-SP-001", "market-regulation", false),
                matter("MR-GT-001", "market-regulation", true),
                matter("TX-DJ-001", "tax", false));

        assertThat(Figures.catalog(latest, null))
                .containsExactly(
                        new Figures.CatalogFigures("market-regulation", 3, 2, 0.6667),
                        new Figures.CatalogFigures("tax", 1, 0, 0.0));
        assertThat(Figures.catalog(latest, "tax"))
                .extracting(Figures.CatalogFigures::department)
                .containsExactly("tax");
    }

    private static io.onewindow.supervision.catalog.domain.MatterDefinition matter(
            String code, String department, boolean window) {
        return new io.onewindow.supervision.catalog.domain.MatterDefinition(
                code + ":1", code, 1, code, department, 20, 10, List.of(), List.of(), "e-" + code, MARCH, window);
    }
}
