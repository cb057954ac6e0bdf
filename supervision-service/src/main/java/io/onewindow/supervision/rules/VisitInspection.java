package io.onewindow.supervision.rules;

import io.onewindow.platform.events.appointment.CheckInRefused;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.rules.domain.ScalpingRule;
import io.onewindow.supervision.visits.VisitSupervision;
import io.onewindow.supervision.visits.domain.Visit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps the visits and runs rule 8 (scalping signals) on them: after a booking, over the agent's and
 * the device's bookings and the person's churn; after a cancellation, the same; after a no-show,
 * over the service point's month; a refused check-in at once.
 */
@UseCase
public class VisitInspection {

    private final VisitSupervision visits;
    private final ScalpingRule rule;
    private final AlertBook alerts;

    VisitInspection(VisitSupervision visits, ScalpingRule rule, AlertBook alerts) {
        this.visits = visits;
        this.rule = rule;
        this.alerts = alerts;
    }

    /** Applies one event to its visit (see {@link VisitSupervision#record}), returning the visit. */
    public Optional<Visit> record(String bookingId, Predicate<Visit> change) {
        return visits.record(bookingId, change);
    }

    /** Keeps a hall wait (see {@link VisitSupervision#called}); no rule looks at waits yet. */
    public void called(String ticketId, String servicePointId, String department, Instant at, long waitedSeconds) {
        visits.called(ticketId, servicePointId, department, at, waitedSeconds);
    }

    public void booked(String bookingId, Predicate<Visit> change, Instant at) {
        visits.record(bookingId, change).ifPresent(visit -> bookingSignals(visit, at));
    }

    public void cancelled(String bookingId, Predicate<Visit> change, Instant at) {
        visits.record(bookingId, change).ifPresent(visit -> bookingSignals(visit, at));
    }

    public void checkInRefused(
            String bookingId, String eventId, CheckInRefused event, Predicate<Visit> change, Instant at) {
        visits.record(bookingId, change)
                .ifPresent(visit -> rule.identityMismatch(eventId, event, at).ifPresent(this::raise));
    }

    public void noShow(String bookingId, Predicate<Visit> change, Instant at) {
        visits.record(bookingId, change)
                .flatMap(visits::monthOfServicePoint)
                .flatMap(month ->
                        rule.noShowRate(month.servicePointId(), month.month().toString(), month.visits(), at))
                .ifPresent(this::raise);
    }

    private void bookingSignals(Visit visit, Instant at) {
        if (visit.agentUsername() != null) {
            rule.manyPrincipals(
                            "AGENT", visit.agentUsername(), visits.bookedBy("agentUsername", visit.agentUsername()), at)
                    .ifPresent(this::raise);
        }
        if (visit.fingerprintHash() != null) {
            rule.manyPrincipals(
                            "DEVICE",
                            visit.fingerprintHash(),
                            visits.bookedBy("fingerprintHash", visit.fingerprintHash()),
                            at)
                    .ifPresent(this::raise);
        }
        if (visit.principalIdHash() != null) {
            rule.churn(visit.principalIdHash(), visits.bookedBy("principalIdHash", visit.principalIdHash()), at)
                    .ifPresent(this::raise);
        }
    }

    private void raise(AlertCandidate found) {
        alerts.raise(List.of(found));
    }
}
