package io.onewindow.appointment.draw.domain;

/** Where an entry in a draw is. */
public enum EntryStatus {
    /** Waiting for the draw; the person's limits are held for it. */
    ENTERED,
    /** Drawn: the booking is made. */
    WON,
    /** Not drawn, or no longer eligible when drawn; the limits are given back. */
    LOST
}
