package io.onewindow.appointment.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.messaging.aggregate.AggregateStores;
import io.onewindow.platform.test.MutableClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two instances: this one books from service points it read up to
 * {@code service-point-max-age} ago; "the other" (a second {@link ServicePointStore} with its own
 * memory, on the same database) changes a point's schedule. The slots the change removed are
 * fenced at once, so this instance, whose copy of the point is still the old one, cannot book
 * them, and leaves nothing behind trying.
 */
@AppointmentIntegrationTest
class StaleServicePointIT {

    static final LocalDateTime WEDNESDAY_NINE = LocalDateTime.of(2026, 12, 2, 9, 0);
    static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    @Autowired
    BookingDesk desk;

    @Autowired
    ServicePointDirectory directory;

    @Autowired
    SlotInventory inventory;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AggregateStores stores;

    @Autowired
    AppointmentSettings settings;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    ServicePointStore otherInstance;

    @BeforeEach
    void twoInstances() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
        otherInstance = new ServicePointStore(stores, mongo, settings, context);
    }

    @Test
    void aDayClosedByAnotherInstanceCannotBeBookedFromAnOlderCopyOfThePoint() {
        directory.upsert(TestPoints.hallWithPlacesPerSlot("stale-close-hall", 3));
        book("stale-close-hall", WEDNESDAY_NINE, 5100); // this instance now holds the point in memory

        otherInstance.change(
                "stale-close-hall", point -> point.closeDays(List.of(THURSDAY), "flooded", 0, "admin-subject"));

        // This instance's copy is still the old one (the fence, not a fresh read, refuses below).
        assertThat(directory.findForBooking("stale-close-hall").orElseThrow().isClosedOn(THURSDAY))
                .isFalse();
        LocalDateTime thursdayNine = THURSDAY.atTime(9, 0);
        assertThatThrownBy(() -> book("stale-close-hall", thursdayNine, 5101))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "slot-full");
        String slot = PlannedSlot.idOf("stale-close-hall", TestPoints.BUSINESS_REGISTRATION, thursdayNine);
        assertThat(inventory.taken(slot)).isZero();
        assertThat(mongo.getCollection("bookings").countDocuments(new Document("slotId", slot)))
                .isZero();
        assertThat(mongo.getCollection("booking_guards")
                        .countDocuments(new Document(
                                "_id",
                                new Document(
                                        "$regex",
                                        ":"
                                                + hasher.principal(TestIds.person(5101))
                                                        .idHash() + ":"))))
                .isZero();
        // Slots the change left alone are booked from the old copy as before.
        assertThat(book("stale-close-hall", WEDNESDAY_NINE.plusMinutes(20), 5102)
                        .slotId())
                .endsWith("T09:20");
    }

    @Test
    void slotsNewHoursRemoveAreFencedAndHoursChangedBackOfferThemAgain() {
        directory.upsert(TestPoints.hallWithPlacesPerSlot("stale-hours-hall", 3));
        book("stale-hours-hall", WEDNESDAY_NINE, 5200);
        Map<DayOfWeek, List<TimeRange>> original =
                directory.require("stale-hours-hall").openingHours();
        Map<DayOfWeek, List<TimeRange>> afternoons = new EnumMap<>(DayOfWeek.class);
        original.forEach((day, ranges) -> afternoons.put(day, List.of(TimeRange.of("13:30", "17:00"))));

        otherInstance.change(
                "stale-hours-hall", point -> point.changeOpeningHours(afternoons, "short-staffed", 1, "admin-subject"));

        assertThatThrownBy(() -> book("stale-hours-hall", WEDNESDAY_NINE.plusMinutes(40), 5201))
                .hasFieldOrPropertyWithValue("code", "slot-full");

        otherInstance.change(
                "stale-hours-hall", point -> point.changeOpeningHours(original, "staffed again", 0, "admin-subject"));

        assertThat(book("stale-hours-hall", WEDNESDAY_NINE.plusMinutes(40), 5201)
                        .slotId())
                .endsWith("T09:40");
    }

    private Booking book(String point, LocalDateTime start, int person) {
        return desk.book(new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(person)),
                new Requester("u-" + person, "person" + person, false, BookingChannel.PORTAL, "fp-" + person),
                null,
                point,
                TestPoints.BUSINESS_REGISTRATION,
                start,
                null,
                "request-" + point + "-" + start + "-" + person));
    }
}
