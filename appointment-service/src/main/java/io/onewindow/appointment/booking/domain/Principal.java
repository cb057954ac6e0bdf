package io.onewindow.appointment.booking.domain;

import java.util.Objects;

/**
 * The person who will come, as the booking keeps them: a salted hash of the resident ID number
 * (to match the card at check-in and count limits) and the masked number (to show). The full
 * number is never stored.
 */
public record Principal(String idHash, String idMasked) {

    public Principal {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(idMasked, "idMasked");
    }
}
