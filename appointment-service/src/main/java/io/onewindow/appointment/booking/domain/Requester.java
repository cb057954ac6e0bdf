package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.events.appointment.BookingChannel;
import java.util.Objects;

/**
 * Who sent a booking request, and from where: the account (from the token), whether it acts
 * as an agent for someone else, the channel and the device/IP fingerprint hash.
 */
public record Requester(
        String subject, String username, boolean agent, BookingChannel channel, String fingerprintHash) {

    public Requester {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(channel, "channel");
    }
}
