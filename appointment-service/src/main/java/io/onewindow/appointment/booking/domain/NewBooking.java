package io.onewindow.appointment.booking.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a new booking is made of, once its place is taken and its limits claimed
 * ({@link Booking#place}).
 *
 * @param id the booking's id
 * @param code the code the person shows at check-in (shared by the parts of a linked booking)
 * @param linkCode the linked booking's code, or {@code null} for a single booking
 * @param servicePointId where
 * @param matterCode which matter
 * @param department the department that serves the matter
 * @param slot the slot it holds
 * @param principal the person who will come
 * @param bookedBy who booked, from where
 * @param mandateId the mandate an agent books under (checked by the {@link AgentGate}), else {@code null}
 * @param intermediaryCode the agent's intermediary, else {@code null}
 * @param guardKeys the limit keys it holds
 */
public record NewBooking(
        String id,
        String code,
        String linkCode,
        String servicePointId,
        String matterCode,
        String department,
        BookedSlot slot,
        Principal principal,
        Requester bookedBy,
        String mandateId,
        String intermediaryCode,
        List<String> guardKeys) {

    public NewBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(slot, "slot");
        guardKeys = guardKeys == null ? List.of() : List.copyOf(guardKeys);
    }
}
