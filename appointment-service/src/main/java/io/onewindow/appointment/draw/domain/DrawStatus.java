package io.onewindow.appointment.draw.domain;

/** Where a slot's draw is. */
public enum DrawStatus {
    /** The seed's commitment is published; requests in the window enter. */
    COMMITTED,
    /** One instance claimed the draw after the window and is allotting the places. */
    HOLDING,
    /** Held: the seed and the result are published. */
    DRAWN,
    /**
     * The window opened with no commitment (the service was down ahead of the release): the slot is
     * first-come, as it would be without a draw. Fixed by the first request in the window, for every
     * instance.
     */
    FIRST_COME
}
