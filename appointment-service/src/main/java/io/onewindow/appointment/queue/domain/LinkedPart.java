package io.onewindow.appointment.queue.domain;

import java.util.Objects;

/**
 * A part of a linked booking (一号联办) checked in with one ticket at a comprehensive window.
 *
 * @param bookingId the part's booking, or {@code null} for a walk-in (a linked business served without
 *     a booking at a comprehensive window)
 * @param matterCode its matter
 * @param department the department responsible for it
 */
public record LinkedPart(String bookingId, String matterCode, String department) {

    public LinkedPart {
        Objects.requireNonNull(matterCode, "matterCode");
    }
}
