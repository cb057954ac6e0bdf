package io.onewindow.appointment.booking.domain;

import io.onewindow.appointment.slot.domain.PlannedSlot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fair release of scarce slots (docs/appointment-service.md, "Fair release (draw)"): whether a
 * request for a slot takes a place first-come or enters the slot's draw. Implemented by the draw
 * feature; the booking use cases ask it once a request has passed every eligibility check (ban,
 * agent proof) and before anything is held.
 */
public interface DrawGate {

    /**
     * Whether a request for {@code slot} at this moment enters the slot's draw instead of taking a
     * place. After the draw window, a draw not held yet is held first (by this request if no other
     * instance is holding it), so first-come starts only once the winners have their places.
     *
     * @throws io.onewindow.platform.domain.ConflictException {@code draw-being-held} while another
     *     instance is holding the slot's draw
     */
    boolean drawing(PlannedSlot slot);

    /**
     * The entry id and hold code of the person's entry in the slot's draw: fixed by the first
     * request, so a repeat (even a concurrent one) holds the person's limits under the same code.
     *
     * @param newHoldCode the code to hold the limits under if this is the person's first request
     */
    Reservation reserve(PlannedSlot slot, String principalIdHash, String newHoldCode);

    /** Stores the entry whose limits are held; answers the stored entry (a concurrent repeat's, if it won). */
    DrawTicket enter(DrawRequest request);

    /** One entry, for a request retried with its {@code Idempotency-Key}. */
    Optional<DrawTicket> entry(String entryId);

    /**
     * The person's place in a draw.
     *
     * @param entryId the entry's id (random)
     * @param holdCode the code the person's limits are held under, and the booking code if drawn
     * @param existing the entry already stored for the person and slot, when there is one
     */
    record Reservation(String entryId, String holdCode, DrawTicket existing) {}

    /**
     * An eligible request entered into a draw, its limits held.
     *
     * @param department the matter's department
     * @param authority what an agent acts under, {@code null} for a person booking for themself
     * @param guardKeys the limit keys held under {@code holdCode}
     */
    record DrawRequest(
            String entryId,
            PlannedSlot slot,
            String department,
            Principal principal,
            Requester requester,
            AgentAuthority authority,
            String holdCode,
            List<String> guardKeys) {

        public DrawRequest {
            guardKeys = List.copyOf(guardKeys);
        }
    }

    /**
     * An entry as its entrant sees it.
     *
     * @param status {@code ENTERED}, {@code WON} or {@code LOST}
     * @param drawAt when the draw is held (the end of the window)
     * @param bookingId the booking made for a winner, else {@code null}
     * @param lostReason {@code NOT_DRAWN} or {@code INELIGIBLE} for a loser, else {@code null}
     */
    record DrawTicket(
            String entryId,
            String servicePointId,
            String matterCode,
            Instant slotStart,
            String status,
            Instant drawAt,
            String holdCode,
            String bookingId,
            String lostReason) {}
}
