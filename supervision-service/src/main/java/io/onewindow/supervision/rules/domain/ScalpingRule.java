package io.onewindow.supervision.rules.domain;

import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule 8 — scalping (号贩子): one agent or one device/IP fingerprint booking for many different
 * people in a short time; a booking presented with someone else's ID card; a person cancelling and
 * rebooking again and again; a service point whose no-show rate is far too high.
 *
 * @param enabled on/off
 * @param window how far back bookings and cancellations are counted
 * @param maxPrincipals distinct people one agent or fingerprint may book for within the window
 * @param maxCancellations cancellations by one person within the window before it counts as churn
 * @param noShowMinBookings bookings of a service point in a month before its no-show rate counts
 * @param noShowRatePercent no-show rate at or above which a service point is flagged
 *     <p>Every alert of this rule names the bookings it rests on under {@link #BOOKING_IDS} in its
 *     details, so an inspector can open them in appointment-service.
 */
public record ScalpingRule(
        boolean enabled,
        Duration window,
        int maxPrincipals,
        int maxCancellations,
        int noShowMinBookings,
        int noShowRatePercent) {

    public static final int NUMBER = 8;
    public static final String MANY_PRINCIPALS_AGENT = "booking.many-principals-agent";
    public static final String MANY_PRINCIPALS_DEVICE = "booking.many-principals-device";
    public static final String IDENTITY_MISMATCH = "booking.identity-mismatch";
    public static final String CHURN = "booking.cancel-rebook-churn";
    public static final String NO_SHOW_RATE = "booking.no-show-rate";

    /** The detail naming the bookings an alert rests on. */
    public static final String BOOKING_IDS = "bookingIds";

    /**
     * Bookings made by one agent ({@code subjectType = AGENT}) or one fingerprint ({@code DEVICE}):
     * flagged when, within the window ending at one of them, they cover more than
     * {@link #maxPrincipals()} people; the alert is dated at the first such booking, whichever
     * booking's event is at hand ({@code at}).
     */
    public Optional<AlertCandidate> manyPrincipals(
            String subjectType, String subjectId, List<Visit> bookings, Instant at) {
        if (!enabled || subjectId == null) {
            return Optional.empty();
        }
        // The first booking at which the window ending there covers too many people, found from all
        // the bookings known (not only those up to the event at hand): bookings arrive from several
        // partitions in any order, and the same bookings must give the same alert, live or replayed.
        List<Visit> sorted = bookings.stream()
                .filter(v -> v.bookedAt() != null)
                .sorted(Comparator.comparing(Visit::bookedAt).thenComparing(Visit::id))
                .toList();
        List<Visit> inWindow = List.of();
        long people = 0;
        Instant raisedAt = at;
        for (Visit end : sorted) {
            Instant until = end.bookedAt();
            List<Visit> window = sorted.stream()
                    .filter(v -> !v.bookedAt().isAfter(until) && v.bookedAt().isAfter(until.minus(this.window)))
                    .toList();
            long distinct = window.stream()
                    .map(Visit::principalIdHash)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            if (distinct > maxPrincipals) {
                inWindow = window;
                people = distinct;
                raisedAt = until;
                break;
            }
        }
        if (people <= maxPrincipals) {
            return Optional.empty();
        }
        String code = "AGENT".equals(subjectType) ? MANY_PRINCIPALS_AGENT : MANY_PRINCIPALS_DEVICE;
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        code,
                        subjectType,
                        subjectId,
                        sharedDepartment(inWindow),
                        Severity.SERIOUS,
                        null,
                        inWindow.stream().map(Visit::bookedEventId).toList(),
                        List.of(),
                        raisedAt,
                        people + " different people booked within " + window.toHours() + " h")
                .withDetail(BOOKING_IDS, inWindow.stream().map(Visit::id).toList()));
    }

    /** A booking code presented with another person's ID card: the trace of a resold place. */
    public Optional<AlertCandidate> identityMismatch(String eventId, CheckInRefused e, Instant at) {
        if (!enabled) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        IDENTITY_MISMATCH,
                        "BOOKING",
                        e.bookingId(),
                        e.department(),
                        Severity.SERIOUS,
                        null,
                        List.of(eventId),
                        List.of(),
                        at,
                        "booking presented with another person's ID card at " + e.servicePointId())
                .withDetail(BOOKING_IDS, List.of(e.bookingId())));
    }

    /** One person's visits: flagged when they cancelled too often within the window and booked again. */
    public Optional<AlertCandidate> churn(String principalIdHash, List<Visit> visits, Instant at) {
        if (!enabled || principalIdHash == null) {
            return Optional.empty();
        }
        List<Visit> cancelled = visits.stream()
                .filter(v -> v.cancelledAt() != null && "BY_PERSON".equals(v.cancelReason()))
                .filter(v -> !v.cancelledAt().isAfter(at) && v.cancelledAt().isAfter(at.minus(window)))
                .sorted(Comparator.comparing(Visit::cancelledAt).thenComparing(Visit::id))
                .toList();
        boolean bookedAgain = visits.stream()
                .anyMatch(v -> v.bookedAt() != null
                        && !cancelled.isEmpty()
                        && v.bookedAt().isAfter(cancelled.get(0).cancelledAt()));
        if (cancelled.size() < maxCancellations || !bookedAgain) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        CHURN,
                        "PRINCIPAL",
                        principalIdHash,
                        sharedDepartment(cancelled),
                        Severity.WARNING,
                        null,
                        cancelled.stream().map(Visit::cancelledEventId).toList(),
                        List.of(),
                        at,
                        cancelled.size() + " cancellations and rebookings within " + window.toHours() + " h")
                .withDetail(BOOKING_IDS, cancelled.stream().map(Visit::id).toList()));
    }

    /**
     * The department the visits have in common, so its admins see the alert; {@code null} (inspectors
     * only) when they span departments or predate events that carried one.
     */
    private static String sharedDepartment(List<Visit> visits) {
        List<String> departments =
                visits.stream().map(Visit::department).distinct().limit(2).toList();
        return departments.size() == 1 ? departments.get(0) : null;
    }

    /** One service point's visits of one month ({@code yyyy-MM}). */
    public Optional<AlertCandidate> noShowRate(String servicePointId, String month, List<Visit> visits, Instant at) {
        if (!enabled || visits.size() < noShowMinBookings) {
            return Optional.empty();
        }
        long noShows =
                visits.stream().filter(v -> v.status() == Visit.Status.NO_SHOW).count();
        if (noShows * 100 < (long) visits.size() * noShowRatePercent) {
            return Optional.empty();
        }
        return Optional.of(new AlertCandidate(
                        NUMBER,
                        NO_SHOW_RATE,
                        "SERVICE_POINT",
                        servicePointId + "/" + month,
                        sharedDepartment(visits),
                        Severity.WARNING,
                        null,
                        List.of(),
                        List.of(),
                        at,
                        noShows + " no-shows of " + visits.size() + " bookings in " + month)
                .withDetail(
                        BOOKING_IDS,
                        visits.stream()
                                .filter(v -> v.status() == Visit.Status.NO_SHOW)
                                .map(Visit::id)
                                .sorted()
                                .toList()));
    }
}
