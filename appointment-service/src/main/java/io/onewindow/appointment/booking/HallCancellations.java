package io.onewindow.appointment.booking;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.platform.service.UseCase;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bookings the hall cancels: its hours changed or it closed a day, or the official calendar made
 * the day a day off. The place and the person's limits are given back.
 */
@UseCase
public class HallCancellations {

    private final BookingStore bookings;
    private final Places places;

    HallCancellations(BookingStore bookings, Places places) {
        this.bookings = bookings;
        this.places = places;
    }

    /**
     * Cancels an active booking for a schedule change, with {@code detail} as the words the person
     * reads. Answers whether it was still active (so a repeated cancellation changes and announces
     * nothing, and gives nothing back a second time).
     */
    public boolean cancelForScheduleChange(String bookingId, String detail, String bySubject) {
        // Whether this call cancelled it: one already cancelled (by an earlier run of the same
        // schedule change, or by anything else) must not give its place back a second time. The
        // flag is set on every run of the change, so it tells what the written run found.
        AtomicBoolean cancelledNow = new AtomicBoolean();
        Booking cancelled = bookings.change(bookingId, b -> {
            cancelledNow.set(b.status().isActive());
            b.cancelForScheduleChange(detail, bySubject, places.isProvisional(b.day()));
        });
        if (!cancelledNow.get()) {
            return false;
        }
        places.giveBack(cancelled);
        return true;
    }
}
