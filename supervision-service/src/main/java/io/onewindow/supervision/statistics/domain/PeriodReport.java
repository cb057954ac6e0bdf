package io.onewindow.supervision.statistics.domain;

import io.onewindow.supervision.statistics.domain.Figures.BookingFigures;
import io.onewindow.supervision.statistics.domain.Figures.CaseFigures;
import io.onewindow.supervision.statistics.domain.Figures.ComplaintFigures;
import io.onewindow.supervision.statistics.domain.Figures.HallFeedbackFigures;
import io.onewindow.supervision.statistics.domain.Figures.ReceptionFigures;
import io.onewindow.supervision.statistics.domain.Figures.SatisfactionFigures;
import io.onewindow.supervision.statistics.domain.Figures.WaitingFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The promised figures of one period for third-party evaluators (第三方评估): per department and month,
 * per hall (with its tier) and month, and per tier and month — the same numbers as the public statistics
 * over the period's days, with the Chinese names, the 80 % on-the-spot target and whether each row meets
 * it. Counts and rates only: no person, case, booking or ticket is named.
 *
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param generatedAt when the report was computed
 * @param onTheSpotTarget the district's promise ({@link Figures#ON_THE_SPOT_TARGET})
 * @param departments one row per department and month
 * @param halls one row per hall and month
 * @param tiers one row per service tier and month ({@code tier} empty: not received at a hall)
 * @param names the Chinese names of the codes the rows name
 */
public record PeriodReport(
        String from,
        String to,
        Instant generatedAt,
        double onTheSpotTarget,
        List<Row> departments,
        List<Row> halls,
        List<Row> tiers,
        Figures.Names names) {

    /** The sections of the report, as the CSV's first column names them. */
    public enum Section {
        DEPARTMENT,
        HALL,
        TIER
    }

    /**
     * One row of the report; a column that does not apply to its section is {@code null} (empty in CSV).
     * Rates and shares are fractions 0–1 (four places), waits in minutes, lead times in days.
     */
    public record Row(
            Section section,
            String department,
            String departmentName,
            String servicePointId,
            String servicePointName,
            Integer tier,
            String month,
            Long received,
            Long cases,
            Long decided,
            Long decidedOnTheSpot,
            Double onTheSpotShare,
            Boolean meetsOnTheSpotTarget,
            Double onTimeRate,
            Double correctionRate,
            Double returnRate,
            Long waitCalls,
            Double waitP50Minutes,
            Double waitP90Minutes,
            Long bookings,
            Double leadDaysMedian,
            Double leadDaysP90,
            Long releasedDays,
            Long filledDays,
            Double filledShare,
            Double hoursToFillMedian,
            Double hoursToFillP90,
            Long complaints,
            Long complaintsAnswered,
            Long complaintsAnsweredOnTime,
            Double complaintsOnTimeShare,
            Long ratings,
            Double averageLevel,
            Double satisfiedShare) {}

    /**
     * The report of a period from the figures computed over its days ({@code figures}, named) and the
     * case figures per department and month ({@code perDepartment}) and the time to fill per hall and month
     * ({@code fillsPerHall}, all matters together).
     */
    public static PeriodReport of(
            ReportPeriod period,
            Figures.Report figures,
            List<CaseFigures> perDepartment,
            List<Figures.FillFigures> fillsPerHall,
            Instant generatedAt) {
        Figures.Names names = figures.names();
        return new PeriodReport(
                period.from().toString(),
                period.to().toString(),
                generatedAt,
                Figures.ON_THE_SPOT_TARGET,
                departments(perDepartment, figures.complaints(), figures.satisfaction(), names),
                halls(figures, fillsPerHall, names),
                tiers(figures),
                names);
    }

    private static List<Row> departments(
            List<CaseFigures> cases,
            List<ComplaintFigures> complaints,
            List<SatisfactionFigures> satisfaction,
            Figures.Names names) {
        Map<String, CaseFigures> caseRows = index(cases, c -> c.department() + "|" + c.month());
        Map<String, ComplaintFigures> complaintRows = index(complaints, c -> c.department() + "|" + c.month());
        Map<String, SatisfactionFigures> ratingRows = index(satisfaction, s -> s.department() + "|" + s.month());
        SortedSet<String> keys = new TreeSet<>(caseRows.keySet());
        keys.addAll(complaintRows.keySet());
        keys.addAll(ratingRows.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            String[] k = key.split("\\|", -1);
            CaseFigures c = caseRows.get(key);
            ComplaintFigures cf = complaintRows.get(key);
            SatisfactionFigures s = ratingRows.get(key);
            rows.add(new Row(
                    Section.DEPARTMENT,
                    k[0],
                    names.departments().get(k[0]),
                    null,
                    null,
                    null,
                    k[1],
                    c == null ? 0L : c.received(),
                    null,
                    c == null ? 0L : c.decided(),
                    c == null ? 0L : c.decidedOnTheSpot(),
                    c == null ? null : c.onTheSpotShare(),
                    Figures.meetsOnTheSpotTarget(c == null ? null : c.onTheSpotShare()),
                    c == null ? null : c.onTimeRate(),
                    c == null ? null : c.correctionRate(),
                    c == null ? null : c.returnRate(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    cf == null ? 0L : cf.filed(),
                    cf == null ? 0L : cf.answered(),
                    cf == null ? 0L : cf.answeredOnTime(),
                    cf == null ? null : cf.answeredOnTimeRate(),
                    s == null ? 0L : s.ratings(),
                    s == null ? null : s.averageLevel(),
                    s == null ? null : s.satisfiedRate()));
        }
        return rows;
    }

    private static List<Row> halls(
            Figures.Report figures, List<Figures.FillFigures> fillsPerHall, Figures.Names names) {
        Map<String, List<ReceptionFigures>> receptions = new TreeMap<>();
        figures.receptions().stream()
                .filter(r -> r.servicePointId() != null)
                .forEach(r -> receptions
                        .computeIfAbsent(r.servicePointId() + "|" + r.month(), x -> new ArrayList<>())
                        .add(r));
        Map<String, WaitingFigures> waits = index(figures.waiting(), w -> w.servicePointId() + "|" + w.month());
        Map<String, BookingFigures> bookings = index(figures.bookings(), b -> b.servicePointId() + "|" + b.month());
        Map<String, HallFeedbackFigures> feedback =
                index(figures.hallFeedback(), h -> h.servicePointId() + "|" + h.month());
        Map<String, Figures.FillFigures> fills = index(fillsPerHall, f -> f.servicePointId() + "|" + f.month());
        SortedSet<String> keys = new TreeSet<>(receptions.keySet());
        keys.addAll(waits.keySet());
        keys.addAll(bookings.keySet());
        keys.addAll(feedback.keySet());
        keys.addAll(fills.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            String[] k = key.split("\\|", -1);
            // a hall whose tier changed within a month has a reception row per tier: each is a row,
            // the hall's waits, bookings and feedback on the first
            List<ReceptionFigures> rs = receptions.getOrDefault(key, new ArrayList<>());
            if (rs.isEmpty()) {
                rs.add(null);
            }
            boolean first = true;
            for (ReceptionFigures r : rs) {
                WaitingFigures w = first ? waits.get(key) : null;
                BookingFigures b = first ? bookings.get(key) : null;
                HallFeedbackFigures h = first ? feedback.get(key) : null;
                Figures.FillFigures f = first ? fills.get(key) : null;
                rows.add(new Row(
                        Section.HALL,
                        null,
                        null,
                        k[0],
                        names.servicePoints().get(k[0]),
                        r == null ? null : r.tier(),
                        k[1],
                        r == null ? 0L : r.received(),
                        r == null ? 0L : r.cases(),
                        null,
                        r == null ? 0L : r.decidedOnTheSpot(),
                        r == null ? null : r.onTheSpotShare(),
                        Figures.meetsOnTheSpotTarget(r == null ? null : r.onTheSpotShare()),
                        null,
                        r == null ? null : r.correctionRate(),
                        r == null ? null : r.returnRate(),
                        first ? (w == null ? 0L : w.calls()) : null,
                        w == null ? null : w.p50Minutes(),
                        w == null ? null : w.p90Minutes(),
                        first ? (b == null ? 0L : b.bookings()) : null,
                        b == null ? null : b.leadDaysMedian(),
                        b == null ? null : b.leadDaysP90(),
                        first ? (f == null ? 0L : f.releasedDays()) : null,
                        first ? (f == null ? 0L : f.filledDays()) : null,
                        f == null ? null : f.filledShare(),
                        f == null ? null : f.hoursToFillMedian(),
                        f == null ? null : f.hoursToFillP90(),
                        first ? (h == null ? 0L : h.complaints()) : null,
                        first ? (h == null ? 0L : h.complaintsAnswered()) : null,
                        first ? (h == null ? 0L : h.complaintsAnsweredOnTime()) : null,
                        h == null ? null : h.complaintsOnTimeShare(),
                        first ? (h == null ? 0L : h.ratings()) : null,
                        h == null ? null : h.averageLevel(),
                        h == null ? null : h.satisfiedShare()));
                first = false;
            }
        }
        return rows;
    }

    private static List<Row> tiers(Figures.Report figures) {
        return figures.tiers().stream()
                .map(t -> new Row(
                        Section.TIER,
                        null,
                        null,
                        null,
                        null,
                        t.tier(),
                        t.month(),
                        t.received(),
                        t.cases(),
                        t.decided(),
                        t.decidedOnTheSpot(),
                        t.onTheSpotShare(),
                        Figures.meetsOnTheSpotTarget(t.onTheSpotShare()),
                        null,
                        t.correctionRate(),
                        t.returnRate(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> indexed = new TreeMap<>();
        items.forEach(item -> indexed.put(key.apply(item), item));
        return indexed;
    }
}
