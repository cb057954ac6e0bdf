package io.onewindow.supervision.statistics.domain;

import io.onewindow.supervision.cases.domain.CardColour;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.patrols.domain.Patrol;
import io.onewindow.supervision.visits.domain.HallWait;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Statistics per department, matter, service point and month: counts and rates only, no person in
 * them, so the same figures serve the public disclosure. Rates are fractions 0–1 rounded to four
 * places; {@code null} when there is no base. Cases count in the month of receipt, ratings of
 * rating, bookings of the slot, complaints of filing.
 */
public final class Figures {

    private Figures() {}

    /**
     * Cases of one department, matter and month (of receipt). {@code inProgress} are accepted and
     * not yet finished; of them, {@code yellowCards} are near their promised limit and
     * {@code redCards} past it, as the deadline cards showed at the last evaluation.
     */
    public record CaseFigures(
            String department,
            String matterCode,
            String month,
            long received,
            long accepted,
            long completed,
            long inProgress,
            long yellowCards,
            long redCards,
            Double onTimeRate,
            Double earlyRate,
            Double averageWorkingDaysUsed,
            Double correctionRate,
            Double returnRate,
            long decided,
            long decidedOnTheSpot,
            Double onTheSpotShare) {}

    /**
     * The district's promise: at least this share of decided cases decided on the spot (当场办结), against
     * which {@code onTheSpotShare} of the case and reception figures is read.
     */
    public static final double ON_THE_SPOT_TARGET = 0.8;

    /** Ratings of one department and month. */
    public record SatisfactionFigures(
            String department, String month, long ratings, Double averageLevel, Double satisfiedRate, long bad) {}

    /**
     * Bookings of one service point and month (of the slot), with the booking lead time (网上预约时间周期): the
     * days between booking and the slot, median and 90th percentile (nearest rank, one decimal) — how far
     * ahead people must book to get a place.
     */
    public record BookingFigures(
            String servicePointId,
            String month,
            long bookings,
            long noShows,
            Double noShowRate,
            Double leadDaysMedian,
            Double leadDaysP90) {}

    /**
     * How fast a released day fills (网上预约时间周期): the days of one service point and month (of the day), for
     * one matter or (with {@code matterCode} {@code null}) all, whose release a booking reported; of them those
     * that filled (a booking took the day's last place), that share, and the hours from the release to the
     * first booking that left no place, median and 90th percentile (nearest rank, one decimal). A day that never
     * filled, or has not yet, counts as released and not filled.
     */
    public record FillFigures(
            String servicePointId,
            String matterCode,
            String month,
            long releasedDays,
            long filledDays,
            Double filledShare,
            Double hoursToFillMedian,
            Double hoursToFillP90) {}

    /**
     * Complaints of one department and month (of filing): filed, answered, answered on time (by their
     * {@code dueOn}) and that share of the answered ones ({@code answeredOnTimeRate}).
     */
    public record ComplaintFigures(
            String department,
            String month,
            long filed,
            long answered,
            Double answeredOnTimeRate,
            long answeredOnTime) {}

    /**
     * Complaints and ratings tied to one hall, per month (complaints of filing, ratings of rating). A
     * complaint is tied to a hall when it is about that service point, about a booking (the visit's
     * point) or about a case received from a hall visit (the case's point); a rating when it rates a
     * visit or such a case. Complaints about a department or an officer, and ratings or complaints of
     * cases not received at a hall, count under their department only.
     *
     * @param complaints complaints filed that month about the hall
     * @param complaintsAnswered of them, answered
     * @param complaintsAnsweredOnTime of those, answered by their {@code dueOn}
     * @param complaintsOnTimeShare that share of the answered ones
     * @param ratings ratings given that month
     * @param averageLevel their average level (1–5)
     * @param satisfiedShare the share of ratings that are not bad (level 3 or better)
     */
    public record HallFeedbackFigures(
            String servicePointId,
            String month,
            long complaints,
            long complaintsAnswered,
            long complaintsAnsweredOnTime,
            Double complaintsOnTimeShare,
            long ratings,
            Double averageLevel,
            Double satisfiedShare) {}

    /**
     * Where the receptions of one month happened: at one service point's windows (hall visits that
     * became cases), or, with {@code servicePointId} and {@code tier} {@code null}, online, by
     * partners and at windows without a ticket. A reception is one hall visit, i.e. one queue ticket
     * ({@code ticketId}), however many cases it became: the parts of a linked filing (联办件) received
     * with one ticket count once; a case without a ticket is a reception of its own. Counting per tier
     * shows how much is done in the towns and villages.
     *
     * @param tier 4 district, 5 town/street, 6 village/community, or {@code null}
     * @param received receptions that month (distinct hall visits; a case without a ticket is one)
     * @param atComprehensiveWindows of them, at comprehensive windows (综合受理)
     * @param completed of them, those whose cases are all completed by now
     * @param cases the cases they became
     * @param linkedFilings the linked filings among them (distinct linked numbers)
     * @param decidedOnTheSpot their cases decided on the spot
     * @param onTheSpotShare that share of their decided cases (against {@link #ON_THE_SPOT_TARGET})
     * @param correctionRate of their cases, the share with a correction notice (as per department)
     * @param returnRate of their cases, the share not accepted or denied (as per department)
     */
    public record ReceptionFigures(
            String servicePointId,
            Integer tier,
            String month,
            long received,
            long atComprehensiveWindows,
            long completed,
            long cases,
            long linkedFilings,
            long decidedOnTheSpot,
            Double onTheSpotShare,
            Double correctionRate,
            Double returnRate) {}

    /**
     * Receptions per service tier and month ({@code tier} {@code null}: not at a hall), counted as
     * {@link ReceptionFigures} counts them, with their share of the month's receptions and the cases
     * they became; of those cases, the decided ones, those decided on the spot and that share (against
     * {@link #ON_THE_SPOT_TARGET}), and the correction and return rates (as per department).
     */
    public record TierFigures(
            Integer tier,
            String month,
            long received,
            Double share,
            long cases,
            long decided,
            long decidedOnTheSpot,
            Double onTheSpotShare,
            Double correctionRate,
            Double returnRate) {}

    /**
     * How long visitors waited in a hall's queues, from the ticket to its first call, per hall and month
     * (of the call), and by hour of day (of the call): the number of calls and the median and 90th
     * percentile wait in minutes (nearest rank, one decimal).
     */
    public record WaitingFigures(
            String servicePointId,
            String month,
            long calls,
            Double p50Minutes,
            Double p90Minutes,
            List<HourWait> byHour) {}

    /** The waits of the calls made in one hour of the day ({@code hour} 0–23, service time zone). */
    public record HourWait(int hour, long calls, Double p50Minutes, Double p90Minutes) {}

    /**
     * The volunteer supervisors' patrol observations (义务监督员巡查) at one hall in one month (of the
     * observation): how many, and how many of each category seen there (by category name). No volunteer,
     * text or photo: counts only.
     */
    public record PatrolFigures(String servicePointId, String month, long patrols, Map<String, Long> byCategory) {}

    /** The patrol figures per hall and month of these observations. */
    public static List<PatrolFigures> patrols(List<Patrol> observations, ZoneId zone) {
        return group(observations, p -> key(p.servicePointId(), month(p.observedAt(), zone))).entrySet().stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    Map<String, Long> byCategory = e.getValue().stream()
                            .collect(Collectors.groupingBy(
                                    p -> p.category().name(), TreeMap::new, Collectors.counting()));
                    return new PatrolFigures(k[0], k[1], e.getValue().size(), byCategory);
                })
                .toList();
    }

    /**
     * All figures; {@code bookings} and {@code patrols} (per hall) only when not restricted to a
     * department.
     */
    public record Report(
            List<CaseFigures> cases,
            List<SatisfactionFigures> satisfaction,
            List<BookingFigures> bookings,
            List<FillFigures> fills,
            List<ComplaintFigures> complaints,
            List<HallFeedbackFigures> hallFeedback,
            List<ReceptionFigures> receptions,
            List<TierFigures> tiers,
            List<WaitingFigures> waiting,
            List<CatalogFigures> catalog,
            Names names,
            List<PatrolFigures> patrols) {

        /** A report with nothing in it. */
        public static Report empty() {
            return new Report(
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    Names.NONE,
                    List.of());
        }

        /** The same figures with the catalog's side of the on-the-spot promise. */
        public Report withCatalog(List<CatalogFigures> matters) {
            return new Report(
                    cases,
                    satisfaction,
                    bookings,
                    fills,
                    complaints,
                    hallFeedback,
                    receptions,
                    tiers,
                    waiting,
                    matters,
                    names,
                    patrols);
        }

        /** The same figures with the volunteers' patrols per hall and month. */
        public Report withPatrols(List<PatrolFigures> halls) {
            return new Report(
                    cases,
                    satisfaction,
                    bookings,
                    fills,
                    complaints,
                    hallFeedback,
                    receptions,
                    tiers,
                    waiting,
                    catalog,
                    names,
                    halls);
        }

        /** The same figures with the Chinese names of the departments and halls they name. */
        public Report named(Map<String, String> departmentNames, Map<String, String> servicePointNames) {
            java.util.Set<String> departments = new java.util.HashSet<>();
            cases.forEach(c -> departments.add(c.department()));
            satisfaction.forEach(s -> departments.add(s.department()));
            catalog.forEach(m -> departments.add(m.department()));
            complaints.forEach(c -> departments.add(c.department()));
            java.util.Set<String> points = new java.util.HashSet<>();
            bookings.forEach(b -> points.add(b.servicePointId()));
            receptions.forEach(r -> points.add(r.servicePointId()));
            waiting.forEach(w -> points.add(w.servicePointId()));
            patrols.forEach(p -> points.add(p.servicePointId()));
            hallFeedback.forEach(h -> points.add(h.servicePointId()));
            fills.forEach(f -> points.add(f.servicePointId()));
            return new Report(
                    cases,
                    satisfaction,
                    bookings,
                    fills,
                    complaints,
                    hallFeedback,
                    receptions,
                    tiers,
                    waiting,
                    catalog,
                    new Names(pick(departmentNames, departments), pick(servicePointNames, points)),
                    patrols);
        }

        private static Map<String, String> pick(Map<String, String> names, java.util.Set<String> codes) {
            Map<String, String> picked = new TreeMap<>();
            codes.stream()
                    .filter(java.util.Objects::nonNull)
                    .filter(names::containsKey)
                    .forEach(code -> picked.put(code, names.get(code)));
            return picked;
        }
    }

    /**
     * The Chinese names of the departments and halls a report names by code (市场监管局, 番禺区政务服务中心…),
     * from approval's department registry and appointment's registry; a code not (yet) known is left out.
     */
    public record Names(Map<String, String> departments, Map<String, String> servicePoints) {

        static final Names NONE = new Names(Map.of(), Map.of());
    }

    /** The report as {@link #of(List, List, List, List, List, String, ZoneId)}, without hall waits. */
    public static Report of(
            List<CaseTimeline> allCases,
            List<Rating> ratings,
            List<Visit> allVisits,
            List<Complaint> allComplaints,
            String department,
            ZoneId zone) {
        return of(allCases, ratings, allVisits, allComplaints, List.of(), department, zone);
    }

    /**
     * The report over these cases, ratings, visits, complaints and hall waits, for one department or (with
     * {@code null}) all.
     */
    public static Report of(
            List<CaseTimeline> allCases,
            List<Rating> ratings,
            List<Visit> allVisits,
            List<Complaint> allComplaints,
            List<HallWait> waits,
            String department,
            ZoneId zone) {
        return of(allCases, ratings, allVisits, allComplaints, waits, department, null, zone);
    }

    /**
     * The report as {@link #of(List, List, List, List, List, String, ZoneId)}, restricted to what happened
     * within {@code period} (all time with {@code null}): cases received, ratings given, slots booked,
     * complaints filed and calls made on its days. A complaint or rating in the period about a case
     * received before it is still tied to that case's hall.
     */
    public static Report of(
            List<CaseTimeline> allCases,
            List<Rating> allRatings,
            List<Visit> allVisits,
            List<Complaint> allComplaints,
            List<HallWait> allWaits,
            String department,
            ReportPeriod period,
            ZoneId zone) {
        java.util.function.Predicate<Instant> within = at -> period == null || period.contains(at, zone);
        List<CaseTimeline> caseList = allCases.stream()
                .filter(CaseTimeline::isKnown)
                .filter(c -> department == null || department.equals(c.department()))
                .filter(c -> within.test(receipt(c)))
                .toList();
        List<Rating> ratings =
                allRatings.stream().filter(r -> within.test(r.givenAt())).toList();
        List<HallWait> waits =
                allWaits.stream().filter(w -> within.test(w.calledAt())).toList();
        List<Visit> visitsInPeriod = allVisits.stream()
                .filter(v -> v.slotStart() == null || within.test(v.slotStart()))
                .toList();
        List<Complaint> complaintsInPeriod =
                allComplaints.stream().filter(c -> within.test(c.filedAt())).toList();
        List<CaseFigures> caseFigures = group(
                        caseList,
                        c -> key(
                                c.department(),
                                c.matterCode(),
                                month(c.receivedAt() != null ? c.receivedAt() : c.acceptedAt(), zone)))
                .entrySet()
                .stream()
                .map(e -> caseFigures(e.getKey(), e.getValue(), zone))
                .toList();
        List<SatisfactionFigures> satisfaction = group(
                        ratings.stream()
                                .filter(r -> department == null || department.equals(r.department()))
                                .toList(),
                        r -> key(r.department(), month(r.givenAt(), zone)))
                .entrySet()
                .stream()
                .map(e -> {
                    List<Rating> rs = e.getValue();
                    String[] k = e.getKey().split("\\|", -1);
                    return new SatisfactionFigures(
                            k[0],
                            k[1],
                            rs.size(),
                            round(rs.stream().mapToInt(Rating::level).average().orElse(0)),
                            rate(rs.stream().filter(r -> !r.isBad()).count(), rs.size()),
                            rs.stream().filter(Rating::isBad).count());
                })
                .toList();
        List<BookingFigures> bookings = department != null
                ? List.of()
                : group(
                                visitsInPeriod.stream()
                                        .filter(v -> v.slotStart() != null && v.servicePointId() != null)
                                        .toList(),
                                v -> key(v.servicePointId(), month(v.slotStart(), zone)))
                        .entrySet()
                        .stream()
                        .map(e -> {
                            String[] k = e.getKey().split("\\|", -1);
                            long noShows = e.getValue().stream()
                                    .filter(v -> v.status() == Visit.Status.NO_SHOW)
                                    .count();
                            long[] leadMinutes = e.getValue().stream()
                                    .filter(v -> v.bookedAt() != null
                                            && !v.bookedAt().isAfter(v.slotStart()))
                                    .mapToLong(v -> java.time.Duration.between(v.bookedAt(), v.slotStart())
                                            .toMinutes())
                                    .sorted()
                                    .toArray();
                            return new BookingFigures(
                                    k[0],
                                    k[1],
                                    e.getValue().size(),
                                    noShows,
                                    rate(noShows, e.getValue().size()),
                                    daysAt(leadMinutes, 0.5),
                                    daysAt(leadMinutes, 0.9));
                        })
                        .toList();
        List<ComplaintFigures> complaints = group(
                        complaintsInPeriod.stream()
                                .filter(c -> department == null || department.equals(c.department()))
                                .toList(),
                        c -> key(c.department(), month(c.filedAt(), zone)))
                .entrySet()
                .stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    List<Complaint> cs = e.getValue();
                    long answered =
                            cs.stream().filter(c -> c.answeredAt() != null).count();
                    long onTime = cs.stream()
                            .filter(c -> Boolean.TRUE.equals(c.answeredOnTime()))
                            .count();
                    return new ComplaintFigures(k[0], k[1], cs.size(), answered, rate(onTime, answered), onTime);
                })
                .toList();
        List<Reception> receptions = receptionsOf(caseList, zone);
        return new Report(
                caseFigures,
                satisfaction,
                bookings,
                fills(allVisits, department, period, zone, true),
                complaints,
                hallFeedback(
                        complaintsInPeriod.stream()
                                .filter(c -> department == null || department.equals(c.department()))
                                .toList(),
                        ratings.stream()
                                .filter(r -> department == null || department.equals(r.department()))
                                .toList(),
                        allCases,
                        allVisits,
                        zone),
                receptions(receptions, zone),
                tiers(receptions, zone),
                waiting(waits, department, zone),
                List.of(),
                Names.NONE,
                List.of());
    }

    /**
     * The case figures per department and month (all its matters together, {@code matterCode} {@code
     * null}) of the cases received within {@code period} (all time with {@code null}), for one department
     * or all: the department rows of the period report.
     */
    public static List<CaseFigures> perDepartment(
            List<CaseTimeline> allCases, String department, ReportPeriod period, ZoneId zone) {
        return group(
                        allCases.stream()
                                .filter(CaseTimeline::isKnown)
                                .filter(c -> department == null || department.equals(c.department()))
                                .filter(c -> period == null || period.contains(receipt(c), zone))
                                .toList(),
                        c -> key(c.department(), "", monthOfReceipt(c, zone)))
                .entrySet()
                .stream()
                .map(e -> caseFigures(e.getKey(), e.getValue(), zone))
                .map(f -> new CaseFigures(
                        f.department(),
                        null,
                        f.month(),
                        f.received(),
                        f.accepted(),
                        f.completed(),
                        f.inProgress(),
                        f.yellowCards(),
                        f.redCards(),
                        f.onTimeRate(),
                        f.earlyRate(),
                        f.averageWorkingDaysUsed(),
                        f.correctionRate(),
                        f.returnRate(),
                        f.decided(),
                        f.decidedOnTheSpot(),
                        f.onTheSpotShare()))
                .toList();
    }

    /**
     * The time for released days to fill, per service point and month of the day, and per matter when
     * {@code byMatter}: the days (point, matter, day of the slot) of the bookings that reported their day's
     * release, of one department's matters or all, whose day lies within {@code period} (all with
     * {@code null}).
     */
    public static List<FillFigures> fills(
            List<Visit> allVisits, String department, ReportPeriod period, ZoneId zone, boolean byMatter) {
        Map<String, List<Visit>> days = group(
                allVisits.stream()
                        .filter(v -> v.servicePointId() != null && v.slotStart() != null && v.dayReleasedAt() != null)
                        .filter(v -> department == null || department.equals(v.department()))
                        .filter(v -> period == null || period.contains(v.slotStart(), zone))
                        .toList(),
                v -> key(
                        v.servicePointId(),
                        v.matterCode(),
                        LocalDate.ofInstant(v.slotStart(), zone).toString()));
        Map<String, List<Long>> minutesByRow = new TreeMap<>();
        Map<String, long[]> countsByRow = new TreeMap<>();
        days.forEach((day, visits) -> {
            String[] k = day.split("\\|", -1);
            String row = key(k[0], byMatter ? k[1] : "", k[2].substring(0, 7));
            long[] counts = countsByRow.computeIfAbsent(row, x -> new long[2]);
            counts[0]++;
            Instant released = visits.stream()
                    .map(Visit::dayReleasedAt)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            visits.stream()
                    .filter(v -> v.dayPlacesLeft() != null && v.dayPlacesLeft() == 0 && v.bookedAt() != null)
                    .map(Visit::bookedAt)
                    .min(Comparator.naturalOrder())
                    .ifPresent(filled -> {
                        counts[1]++;
                        minutesByRow
                                .computeIfAbsent(row, x -> new java.util.ArrayList<>())
                                .add(Math.max(
                                        0,
                                        java.time.Duration.between(released, filled)
                                                .toMinutes()));
                    });
        });
        return countsByRow.entrySet().stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    long[] sorted = minutesByRow.getOrDefault(e.getKey(), List.of()).stream()
                            .mapToLong(Long::longValue)
                            .sorted()
                            .toArray();
                    return new FillFigures(
                            k[0],
                            k[1].isEmpty() ? null : k[1],
                            k[2],
                            e.getValue()[0],
                            e.getValue()[1],
                            rate(e.getValue()[1], e.getValue()[0]),
                            hoursAt(sorted, 0.5),
                            hoursAt(sorted, 0.9));
                })
                .toList();
    }

    /** The value at {@code percentile} (nearest rank) of sorted minutes, in hours with one decimal; {@code null} without. */
    static Double hoursAt(long[] sortedMinutes, double percentile) {
        if (sortedMinutes.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percentile * sortedMinutes.length);
        return Math.round(sortedMinutes[Math.max(rank, 1) - 1] / 6.0) / 10.0;
    }

    /** Whether a share meets the district's on-the-spot promise; {@code null} without a share. */
    public static Boolean meetsOnTheSpotTarget(Double share) {
        return share == null ? null : share >= ON_THE_SPOT_TARGET;
    }

    /** The complaints and ratings that can be tied to a hall, per hall and month. */
    static List<HallFeedbackFigures> hallFeedback(
            List<Complaint> complaints,
            List<Rating> ratings,
            List<CaseTimeline> allCases,
            List<Visit> allVisits,
            ZoneId zone) {
        Map<String, String> caseHalls = new java.util.HashMap<>();
        allCases.stream()
                .filter(c -> c.id() != null && c.servicePointId() != null)
                .forEach(c -> caseHalls.put(c.id(), c.servicePointId()));
        Map<String, String> visitHalls = new java.util.HashMap<>();
        allVisits.stream()
                .filter(v -> v.id() != null && v.servicePointId() != null)
                .forEach(v -> visitHalls.put(v.id(), v.servicePointId()));
        Map<String, List<Complaint>> complaintsByKey = group(
                complaints.stream()
                        .filter(c -> hallOf(c, caseHalls, visitHalls) != null)
                        .toList(),
                c -> key(hallOf(c, caseHalls, visitHalls), month(c.filedAt(), zone)));
        Map<String, List<Rating>> ratingsByKey = group(
                ratings.stream()
                        .filter(r -> hallOf(r, caseHalls, visitHalls) != null)
                        .toList(),
                r -> key(hallOf(r, caseHalls, visitHalls), month(r.givenAt(), zone)));
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(complaintsByKey.keySet());
        keys.addAll(ratingsByKey.keySet());
        return keys.stream()
                .map(key -> {
                    String[] k = key.split("\\|", -1);
                    List<Complaint> cs = complaintsByKey.getOrDefault(key, List.of());
                    List<Rating> rs = ratingsByKey.getOrDefault(key, List.of());
                    long answered =
                            cs.stream().filter(c -> c.answeredAt() != null).count();
                    long onTime = cs.stream()
                            .filter(c -> Boolean.TRUE.equals(c.answeredOnTime()))
                            .count();
                    return new HallFeedbackFigures(
                            k[0],
                            k[1],
                            cs.size(),
                            answered,
                            onTime,
                            rate(onTime, answered),
                            rs.size(),
                            rs.isEmpty()
                                    ? null
                                    : round(rs.stream()
                                            .mapToInt(Rating::level)
                                            .average()
                                            .orElse(0)),
                            rate(rs.stream().filter(r -> !r.isBad()).count(), rs.size()));
                })
                .toList();
    }

    /** The hall a complaint is about: the point itself, the booking's point, or the case's; else {@code null}. */
    static String hallOf(Complaint c, Map<String, String> caseHalls, Map<String, String> visitHalls) {
        if (c.targetType() == null || c.targetId() == null) {
            return null;
        }
        return switch (c.targetType()) {
            case SERVICE_POINT -> c.targetId();
            case BOOKING -> visitHalls.get(c.targetId());
            case CASE -> caseHalls.get(c.targetId());
            case DEPARTMENT, OFFICER -> null;
        };
    }

    /** The hall a rating is about: the visit's point, or the point the case was received at; else {@code null}. */
    static String hallOf(Rating r, Map<String, String> caseHalls, Map<String, String> visitHalls) {
        if (r.targetType() == null || r.targetId() == null) {
            return null;
        }
        return switch (r.targetType()) {
            case VISIT -> visitHalls.get(r.targetId());
            case CASE -> caseHalls.get(r.targetId());
        };
    }

    /**
     * The catalog's side of the on-the-spot promise, per department: its published matters (latest
     * version of each) and how many of them the window decides (即办件, or a window representative may accept
     * and decide in one action), with that share.
     */
    public record CatalogFigures(String department, long matters, long decidedAtWindow, Double decidedAtWindowShare) {}

    /** The catalog figures of these matter versions (latest per matter), of one department or all. */
    public static List<CatalogFigures> catalog(List<MatterDefinition> latest, String department) {
        return group(
                        latest.stream()
                                .filter(m -> m.department() != null)
                                .filter(m -> department == null || department.equals(m.department()))
                                .toList(),
                        MatterDefinition::department)
                .entrySet()
                .stream()
                .map(e -> {
                    long window = e.getValue().stream()
                            .filter(MatterDefinition::decidedAtWindow)
                            .count();
                    return new CatalogFigures(
                            e.getKey(),
                            e.getValue().size(),
                            window,
                            rate(window, e.getValue().size()));
                })
                .toList();
    }

    /** The hall waits per hall and month, and by hour of day, of one department's tickets or all. */
    static List<WaitingFigures> waiting(List<HallWait> waits, String department, ZoneId zone) {
        return group(
                        waits.stream()
                                .filter(w -> department == null || department.equals(w.department()))
                                .toList(),
                        w -> key(w.servicePointId(), month(w.calledAt(), zone)))
                .entrySet()
                .stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    List<HallWait> ws = e.getValue();
                    List<HourWait> byHour = ws.stream()
                            .collect(Collectors.groupingBy(
                                    w -> w.calledAt().atZone(zone).getHour(), TreeMap::new, Collectors.toList()))
                            .entrySet()
                            .stream()
                            .map(h -> new HourWait(
                                    h.getKey(),
                                    h.getValue().size(),
                                    minutesAt(h.getValue(), 0.5),
                                    minutesAt(h.getValue(), 0.9)))
                            .toList();
                    return new WaitingFigures(k[0], k[1], ws.size(), minutesAt(ws, 0.5), minutesAt(ws, 0.9), byHour);
                })
                .toList();
    }

    /** The lead at {@code percentile} (nearest rank) of sorted minutes, in days with one decimal; {@code null} without. */
    static Double daysAt(long[] sortedMinutes, double percentile) {
        if (sortedMinutes.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percentile * sortedMinutes.length);
        return Math.round(sortedMinutes[Math.max(rank, 1) - 1] / 144.0) / 10.0;
    }

    /** The wait at {@code percentile} (nearest rank) in minutes with one decimal; {@code null} without waits. */
    static Double minutesAt(List<HallWait> waits, double percentile) {
        if (waits.isEmpty()) {
            return null;
        }
        long[] seconds =
                waits.stream().mapToLong(HallWait::waitedSeconds).sorted().toArray();
        int rank = (int) Math.ceil(percentile * seconds.length);
        return Math.round(seconds[Math.max(rank, 1) - 1] / 6.0) / 10.0;
    }

    private static String monthOfReceipt(CaseTimeline c, ZoneId zone) {
        return month(c.receivedAt() != null ? c.receivedAt() : c.acceptedAt(), zone);
    }

    /**
     * One reception: the cases one hall visit (queue ticket) became, or a case received without one.
     * Its point, tier and window are those of its first case received; its month the month of that
     * receipt, so the parts of one visit never count in two rows.
     */
    record Reception(String key, List<CaseTimeline> cases, String servicePointId, Integer tier, String month) {

        boolean atComprehensiveWindow() {
            return cases.stream().anyMatch(c -> Boolean.TRUE.equals(c.comprehensiveWindow()));
        }

        boolean completed() {
            return cases.stream().allMatch(c -> c.completedAt() != null);
        }

        List<String> linkedNumbers() {
            return cases.stream()
                    .map(CaseTimeline::linkedNumber)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }
    }

    /**
     * The receptions these cases came from: the cases of one queue ticket are one reception (the
     * parts of a linked filing, received at one window from one visit), a case without a ticket one
     * of its own. A case appears once whatever its events, so a replayed or redelivered event never
     * counts twice.
     */
    static List<Reception> receptionsOf(List<CaseTimeline> caseList, ZoneId zone) {
        Map<String, List<CaseTimeline>> byVisit = caseList.stream()
                .collect(Collectors.groupingBy(
                        c -> c.ticketId() != null ? "ticket:" + c.ticketId() : "case:" + c.id(),
                        TreeMap::new,
                        Collectors.toList()));
        return byVisit.entrySet().stream()
                .map(e -> {
                    List<CaseTimeline> cases = e.getValue().stream()
                            .sorted(Comparator.comparing(
                                            (CaseTimeline c) -> receipt(c),
                                            Comparator.nullsLast(Comparator.naturalOrder()))
                                    .thenComparing(CaseTimeline::id))
                            .toList();
                    CaseTimeline first = cases.stream()
                            .filter(c -> c.servicePointId() != null)
                            .findFirst()
                            .orElse(cases.get(0));
                    return new Reception(
                            e.getKey(),
                            cases,
                            first.servicePointId(),
                            first.tier(),
                            monthOfReceipt(cases.get(0), zone));
                })
                .toList();
    }

    private static Instant receipt(CaseTimeline c) {
        return c.receivedAt() != null ? c.receivedAt() : c.acceptedAt();
    }

    private static List<ReceptionFigures> receptions(List<Reception> receptions, ZoneId zone) {
        return group(
                        receptions,
                        r -> key(
                                r.servicePointId() == null ? "" : r.servicePointId(),
                                r.tier() == null ? "" : String.valueOf(r.tier()),
                                r.month()))
                .entrySet()
                .stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    List<Reception> rs = e.getValue();
                    return new ReceptionFigures(
                            k[0].isEmpty() ? null : k[0],
                            k[1].isEmpty() ? null : Integer.valueOf(k[1]),
                            k[2],
                            rs.size(),
                            rs.stream().filter(Reception::atComprehensiveWindow).count(),
                            rs.stream().filter(Reception::completed).count(),
                            casesOf(rs),
                            rs.stream()
                                    .flatMap(r -> r.linkedNumbers().stream())
                                    .distinct()
                                    .count(),
                            onTheSpot(casesIn(rs), zone),
                            rate(onTheSpot(casesIn(rs), zone), decidedCount(casesIn(rs))),
                            rate(corrected(casesIn(rs)), casesOf(rs)),
                            rate(returned(casesIn(rs)), casesOf(rs)));
                })
                .toList();
    }

    private static List<CaseTimeline> casesIn(List<Reception> receptions) {
        return receptions.stream().flatMap(r -> r.cases().stream()).toList();
    }

    private static long casesOf(List<Reception> receptions) {
        return receptions.stream().mapToLong(r -> r.cases().size()).sum();
    }

    private static List<TierFigures> tiers(List<Reception> receptions, ZoneId zone) {
        Map<String, List<Reception>> byMonth = group(receptions, Reception::month);
        return group(receptions, r -> key(r.tier() == null ? "" : String.valueOf(r.tier()), r.month()))
                .entrySet()
                .stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|", -1);
                    List<CaseTimeline> cases = casesIn(e.getValue());
                    return new TierFigures(
                            k[0].isEmpty() ? null : Integer.valueOf(k[0]),
                            k[1],
                            e.getValue().size(),
                            rate(e.getValue().size(), byMonth.get(k[1]).size()),
                            cases.size(),
                            decidedCount(cases),
                            onTheSpot(cases, zone),
                            rate(onTheSpot(cases, zone), decidedCount(cases)),
                            rate(corrected(cases), cases.size()),
                            rate(returned(cases), cases.size()));
                })
                .toList();
    }

    private static CaseFigures caseFigures(String key, List<CaseTimeline> group, ZoneId zone) {
        String[] k = key.split("\\|", -1);
        long received = group.size();
        long accepted = group.stream().filter(c -> c.acceptedAt() != null).count();
        List<CaseTimeline> completed = group.stream()
                .filter(c -> c.completedAt() != null && !"WITHDRAWN".equals(c.outcome()))
                .toList();
        List<CaseTimeline> measured = completed.stream()
                .filter(c -> c.deadlines().promisedDueDate() != null)
                .toList();
        long onTime = measured.stream()
                .filter(c -> !LocalDate.ofInstant(c.completedAt(), zone)
                        .isAfter(c.deadlines().promisedDueDate()))
                .count();
        long early = measured.stream()
                .filter(c -> LocalDate.ofInstant(c.completedAt(), zone)
                        .isBefore(c.deadlines().promisedDueDate()))
                .count();
        Double averageDays = completed.stream().anyMatch(c -> c.workingDaysUsed() != null)
                ? round(completed.stream()
                        .map(CaseTimeline::workingDaysUsed)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElse(0))
                : null;
        List<CaseTimeline> inProgress = group.stream()
                .filter(c -> c.acceptedAt() != null && c.completedAt() == null && c.outcome() == null)
                .toList();
        long yellow =
                inProgress.stream().filter(c -> c.card() == CardColour.YELLOW).count();
        long red = inProgress.stream().filter(c -> c.card() == CardColour.RED).count();
        long corrected = corrected(group);
        long returned = returned(group);
        return new CaseFigures(
                k[0],
                k[1],
                k[2],
                received,
                accepted,
                completed.size(),
                inProgress.size(),
                yellow,
                red,
                rate(onTime, measured.size()),
                rate(early, measured.size()),
                averageDays,
                rate(corrected, received),
                rate(returned, received),
                decidedCount(group),
                onTheSpot(group, zone),
                rate(onTheSpot(group, zone), decidedCount(group)));
    }

    /** Cases with a correction notice: the base of every correction rate. */
    private static long corrected(List<CaseTimeline> cases) {
        return cases.stream().filter(c -> c.correctionNotices() > 0).count();
    }

    /** Cases not accepted or denied: the base of every return rate. */
    private static long returned(List<CaseTimeline> cases) {
        return cases.stream()
                .filter(c -> "NOT_ACCEPTED".equals(c.outcome()) || "DENIED".equals(c.outcome()))
                .count();
    }

    private static long decidedCount(List<CaseTimeline> cases) {
        return cases.stream().filter(c -> c.decidedAt() != null).count();
    }

    /** Decided cases decided on the spot (accepted and decided the same day, or a limit of no day). */
    private static long onTheSpot(List<CaseTimeline> cases, ZoneId zone) {
        return cases.stream()
                .filter(c -> c.decidedAt() != null)
                .filter(c -> CaseClock.decidedOnTheSpot(c, zone))
                .count();
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static String key(String... parts) {
        return String.join(
                "|", Arrays.stream(parts).map(p -> p == null ? "" : p).toList());
    }

    private static String month(Instant at, ZoneId zone) {
        return at == null ? "" : YearMonth.from(at.atZone(zone)).toString();
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
