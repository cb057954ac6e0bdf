package io.onewindow.appointment.booking.domain;

/** Where a booking is in its life. */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW;

    /** Holds a place and counts as the person's active booking for its matter. */
    public boolean isActive() {
        return this == BOOKED;
    }
}
