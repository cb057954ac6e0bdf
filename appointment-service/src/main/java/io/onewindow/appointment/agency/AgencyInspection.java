package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.EnrolledAgent;
import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.appointment.booking.BookingOversight;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inspector's powers over agents: suspend and reinstate an agent or a whole intermediary (a
 * suspension cancels every future booking the agent, or the intermediary's agents, made, reason
 * {@code AGENT_SUSPENDED}); read the bookings behind a scalping alert with masked identities only;
 * cancel a scalped booking (reason {@code SCALPING}). Only inspectors.
 */
@UseCase
public class AgencyInspection {

    /** Most bookings one read of an alert may name. */
    public static final int MAX_BOOKINGS = 50;

    private final IntermediaryStore intermediaries;
    private final BookingOversight bookings;
    private final Clock clock;

    AgencyInspection(IntermediaryStore intermediaries, BookingOversight bookings, Clock clock) {
        this.intermediaries = intermediaries;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** A suspension's outcome: the intermediary as saved and how many future bookings were cancelled. */
    public record Suspension(Intermediary intermediary, int bookingsCancelled) {}

    /**
     * A booking as an inspector sees it: identities masked or pseudonymous only.
     *
     * @param intermediaryCode the booking agent's intermediary, {@code null} for a person's own booking
     */
    public record InspectedBooking(
            String bookingId,
            String status,
            String principalIdMasked,
            String agentUsername,
            String intermediaryCode,
            String servicePointId,
            String matterCode,
            Instant slotStart,
            Instant slotEnd,
            String channel,
            String fingerprintHash,
            String cancelReason) {}

    /**
     * Suspends the whole intermediary ({@code agentUsername} {@code null}) or one agent, then cancels
     * the future bookings of the agents concerned.
     */
    public Suspension suspend(Caller caller, String creditCode, String agentUsername, String reason) {
        requireInspector(caller);
        Intermediary suspended = intermediaries.change(
                registered(creditCode), i -> i.suspend(agentUsername, reason, caller.username(), clock.instant()));
        List<String> agents = agentUsername == null
                ? suspended.agents().stream().map(EnrolledAgent::username).toList()
                : List.of(agentUsername);
        int cancelled = bookings.cancelFutureBookingsOf(agents, reason.strip(), caller.subject());
        return new Suspension(suspended, cancelled);
    }

    /** Lifts the suspension of the whole intermediary ({@code agentUsername} {@code null}) or one agent. */
    public Intermediary reinstate(Caller caller, String creditCode, String agentUsername, String reason) {
        requireInspector(caller);
        return intermediaries.change(
                registered(creditCode), i -> i.reinstate(agentUsername, reason, caller.username(), clock.instant()));
    }

    /**
     * The bookings behind an alert, by id (at most {@link #MAX_BOOKINGS}); ids of no booking are left out.
     *
     * @throws InvalidValueException {@code too-many-bookings}
     */
    public List<InspectedBooking> bookings(Caller caller, List<String> bookingIds) {
        requireInspector(caller);
        Set<String> ids = new LinkedHashSet<>(bookingIds);
        if (ids.isEmpty() || ids.size() > MAX_BOOKINGS) {
            throw new InvalidValueException(
                    "too-many-bookings", "ids", "name between 1 and " + MAX_BOOKINGS + " bookings", MAX_BOOKINGS);
        }
        return bookings.find(ids).stream().map(this::inspected).toList();
    }

    /** Cancels a scalped booking (and the other parts of its linked booking) with the inspector's reason. */
    public List<InspectedBooking> cancelScalped(Caller caller, String bookingId, String reason) {
        requireInspector(caller);
        return bookings.cancelScalped(bookingId, reason.strip(), caller.subject()).stream()
                .map(this::inspected)
                .toList();
    }

    private InspectedBooking inspected(Booking b) {
        boolean agent = b.bookedBy().agent();
        String intermediary = b.intermediaryCode();
        if (agent && intermediary == null) {
            intermediary = intermediaries
                    .ofAgent(b.bookedBy().username())
                    .map(Intermediary::creditCode)
                    .orElse(null);
        }
        return new InspectedBooking(
                b.id(),
                b.status().name(),
                b.principal().idMasked(),
                agent ? b.bookedBy().username() : null,
                intermediary,
                b.servicePointId(),
                b.matterCode(),
                b.slotStart(),
                b.slotEnd(),
                b.bookedBy().channel().name(),
                b.bookedBy().fingerprintHash(),
                b.cancelReason());
    }

    private String registered(String creditCode) {
        String code = UnifiedSocialCreditCode.isValid(creditCode)
                ? UnifiedSocialCreditCode.of(creditCode).value()
                : creditCode;
        return intermediaries
                .find(code)
                .map(Intermediary::creditCode)
                .orElseThrow(() -> new NotFoundException("intermediary", creditCode));
    }

    private static void requireInspector(Caller caller) {
        if (!caller.hasRole(Roles.INSPECTOR)) {
            throw new AccessRefusedException(
                    "inspector-required", "only an inspector suspends agents and reads alerts");
        }
    }
}
