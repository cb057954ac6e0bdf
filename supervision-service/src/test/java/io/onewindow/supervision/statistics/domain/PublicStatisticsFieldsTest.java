package io.onewindow.supervision.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.supervision.CaseStory;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.visits.domain.HallWait;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public statistics and the period report, field by field: every field is one of the reviewed
 * public ones (a new field fails here until it is reviewed and listed), and no value carries a person,
 * a case, a booking, a ticket or a complaint's words.
 */
class PublicStatisticsFieldsTest {

    private static final Instant MARCH = CaseStory.at("2026-03-02T09:00");

    /** Every field the public may read, reviewed as counts, rates, codes, months and names of offices. */
    private static final Set<String> PUBLIC_FIELDS = Set.of(
            "patrols",
            "byCategory",
            // report sections
            "cases",
            "satisfaction",
            "bookings",
            "complaints",
            "hallFeedback",
            "receptions",
            "tiers",
            "waiting",
            "catalog",
            "names",
            "departments",
            "servicePoints",
            // keys
            "department",
            "matterCode",
            "month",
            "servicePointId",
            "tier",
            "hour",
            // case figures
            "received",
            "accepted",
            "completed",
            "inProgress",
            "yellowCards",
            "redCards",
            "onTimeRate",
            "earlyRate",
            "averageWorkingDaysUsed",
            "correctionRate",
            "returnRate",
            "decided",
            "decidedOnTheSpot",
            "onTheSpotShare",
            // satisfaction, bookings, complaints
            "ratings",
            "averageLevel",
            "satisfiedRate",
            "bad",
            "noShows",
            "noShowRate",
            "leadDaysMedian",
            "leadDaysP90",
            "filed",
            "answered",
            "answeredOnTimeRate",
            "answeredOnTime",
            // hall feedback
            "complaintsAnswered",
            "complaintsAnsweredOnTime",
            "complaintsOnTimeShare",
            "satisfiedShare",
            // receptions and tiers
            "atComprehensiveWindows",
            "linkedFilings",
            "share",
            // waits and catalog
            "calls",
            "p50Minutes",
            "p90Minutes",
            "byHour",
            "matters",
            "decidedAtWindow",
            "decidedAtWindowShare",
            // period report
            "from",
            "to",
            "generatedAt",
            "onTheSpotTarget",
            "halls",
            "section",
            "departmentName",
            "servicePointName",
            "meetsOnTheSpotTarget",
            "waitCalls",
            "waitP50Minutes",
            "waitP90Minutes",
            // time for a released day to fill
            "fills",
            "releasedDays",
            "filledDays",
            "filledShare",
            "hoursToFillMedian",
            "hoursToFillP90");

    /** What the inputs below know about people and that must never come out. */
    private static final List<String> PERSONAL = List.of(
            "440113",
            "citizen1",
            "u-citizen1",
            "officer5",
            "case-personal",
            "b-personal",
            "t-personal",
            "k-personal",
            "the officer hinted",
            "p-b-personal",
            "agent1",
            "volunteer-personal",
            "patrol-personal",
            "hmac-personal",
            "saw the officer");

    @Test
    void everyPublicFieldIsAReviewedOneAndNoValueNamesAPerson() {
        Figures.Report report = reportWithEverySection();
        PeriodReport period = PeriodReport.of(
                ReportPeriod.parse("2026-03-01", "2026-03-31"),
                report,
                Figures.perDepartment(cases(), null, null, CaseStory.ZONE),
                Figures.fills(visits(), null, null, CaseStory.ZONE, false),
                MARCH);

        Set<String> fields = new TreeSet<>();
        List<String> values = new ArrayList<>();
        walk(report, fields, values);
        walk(period, fields, values);

        assertThat(report.hallFeedback()).isNotEmpty();
        assertThat(report.fills()).isNotEmpty();
        assertThat(report.receptions()).isNotEmpty();
        assertThat(period.halls()).isNotEmpty();
        assertThat(fields).isSubsetOf(PUBLIC_FIELDS);
        assertThat(values)
                .isNotEmpty()
                .allSatisfy(
                        value -> PERSONAL.forEach(personal -> assertThat(value).doesNotContain(personal)));
    }

    private static List<CaseTimeline> cases() {
        return List.of(CaseStory.of("case-personal")
                .receivedAtHall("town-shiqiao", 5, "2", true, "officer5", "2026-03-02T09:00")
                .correction(1, "2026-03-02T09:30", null)
                .timeline());
    }

    private static List<io.onewindow.supervision.visits.domain.Visit> visits() {
        return List.of(PromisedFiguresTest.booking(
                "b-personal", "town-shiqiao", MARCH, MARCH.minus(java.time.Duration.ofDays(5)), 10, 0));
    }

    private static Figures.Report reportWithEverySection() {
        Complaint complaint = Complaint.file(
                "k-personal",
                "u-citizen1",
                "citizen1",
                Complaint.Channel.PORTAL,
                Complaint.Target.CASE,
                "case-personal",
                "market-regulation",
                "the officer hinted at an intermediary",
                LocalDate.of(2026, 3, 9),
                MARCH);
        Rating rating = Rating.give(
                Rating.Target.VISIT, "b-personal", "market-regulation", 4, "PC", "u-citizen1", "fine", null, MARCH);
        return Figures.of(
                        cases(),
                        List.of(rating),
                        visits(),
                        List.of(complaint),
                        List.of(new HallWait("t-personal", "town-shiqiao", "market-regulation", MARCH, 300)),
                        null,
                        CaseStory.ZONE)
                .withPatrols(Figures.patrols(List.of(patrol()), CaseStory.ZONE))
                .named(Map.of("market-regulation", "区市场监督管理局"), Map.of("town-shiqiao", "市桥街政务服务中心"));
    }

    private static io.onewindow.supervision.patrols.domain.Patrol patrol() {
        return io.onewindow.supervision.patrols.domain.Patrol.observe(
                new io.onewindow.supervision.patrols.domain.Patrol.Observation(
                        "town-shiqiao",
                        "2",
                        io.onewindow.supervision.patrols.domain.PatrolCategory.STAFF_CONDUCT,
                        "saw the officer take cash",
                        MARCH),
                new io.onewindow.supervision.patrols.domain.Patrol.Recording(
                        "patrol-personal", "volunteer-personal", "hmac-personal", null, null, null, "h"),
                MARCH.plusSeconds(60),
                java.time.Duration.ofDays(7));
    }

    /** Every record component name below {@code value} into {@code fields}, every leaf value into {@code values}. */
    private static void walk(Object value, Set<String> fields, List<String> values) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                fields.add(component.getName());
                try {
                    walk(component.getAccessor().invoke(record), fields, values);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, fields, values));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                values.add(String.valueOf(k));
                walk(v, fields, values);
            });
        } else {
            values.add(String.valueOf(value));
        }
    }
}
