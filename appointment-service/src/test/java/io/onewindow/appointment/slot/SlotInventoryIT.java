package io.onewindow.appointment.slot;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The slot's places against the real MongoDB-protocol server: the first booking creates the
 * slot's document holding its place (one insert), every other place is the one conditional
 * update, so racing first bookings never oversell; a fenced slot gives no place at all.
 */
@AppointmentIntegrationTest
class SlotInventoryIT {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 3, 9, 0);

    @Autowired
    SlotInventory inventory;

    @Autowired
    MongoTemplate mongo;

    @Test
    void fiftyRacingFirstBookingsOfANewSlotTakeExactlyItsPlaces() throws Exception {
        PlannedSlot slot = new PlannedSlot("inventory-race", "M", NINE, NINE.plusMinutes(20), 7, false);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                if (inventory.take(slot)) {
                    taken.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(taken.get()).isEqualTo(7);
        assertThat(inventory.taken(slot.id())).isEqualTo(7);
        assertThat(inventory.remaining(List.of(slot.id()))).containsEntry(slot.id(), 0);
    }

    @Test
    void theFirstBookingCreatesTheSlotHoldingItsPlace() {
        PlannedSlot slot = new PlannedSlot("inventory-first", "M", NINE, NINE.plusMinutes(20), 2, false);
        assertThat(inventory.take(slot)).isTrue();
        assertThat(inventory.taken(slot.id())).isEqualTo(1);
        assertThat(inventory.remaining(List.of(slot.id()))).containsEntry(slot.id(), 1);
        assertThat(inventory.take(slot)).isTrue();
        assertThat(inventory.take(slot)).isFalse();
        inventory.giveBack(slot.id());
        inventory.giveBack(slot.id());
        inventory.giveBack(slot.id());
        // Giving back more than was taken creates no place.
        assertThat(inventory.remaining(List.of(slot.id()))).containsEntry(slot.id(), 2);
    }

    @Test
    void aFencedSlotGivesNoPlaceUntilItIsOfferedAgain() {
        PlannedSlot booked = new PlannedSlot("inventory-fence", "M", NINE, NINE.plusMinutes(20), 3, false);
        PlannedSlot neverBooked =
                new PlannedSlot("inventory-fence", "M", NINE.plusMinutes(20), NINE.plusMinutes(40), 3, false);
        assertThat(inventory.take(booked)).isTrue();

        inventory.fence(List.of(booked, neverBooked));

        assertThat(inventory.take(booked)).isFalse();
        assertThat(inventory.take(neverBooked)).isFalse();
        assertThat(inventory.taken(booked.id())).isEqualTo(1);
        assertThat(inventory.taken(neverBooked.id())).isZero();
        // A place given back (the booking cancelled) does not reopen a fenced slot.
        inventory.giveBack(booked.id());
        assertThat(inventory.take(booked)).isFalse();

        inventory.unfence(List.of(booked.id(), neverBooked.id()));
        assertThat(inventory.take(booked)).isTrue();
        assertThat(inventory.take(neverBooked)).isTrue();
    }

    @Test
    void aSlotSeenWithoutAPlaceIsKnownFullUntilAPlaceIsGivenBackHere() {
        PlannedSlot slot = new PlannedSlot("inventory-seen-full", "M", NINE, NINE.plusMinutes(20), 1, false);
        assertThat(inventory.knownFull(slot.id())).isFalse();
        assertThat(inventory.take(slot)).isTrue();
        // Taking the last place says nothing yet; a refused take does.
        assertThat(inventory.knownFull(slot.id())).isFalse();
        assertThat(inventory.take(slot)).isFalse();
        assertThat(inventory.knownFull(slot.id())).isTrue();

        inventory.giveBack(slot.id());

        assertThat(inventory.knownFull(slot.id())).isFalse();
        assertThat(inventory.take(slot)).isTrue();
    }

    @Test
    void aPlaceGivenBackElsewhereIsSeenByTheNextReadOfTheSlot() {
        PlannedSlot slot = new PlannedSlot("inventory-elsewhere", "M", NINE, NINE.plusMinutes(20), 1, false);
        assertThat(inventory.take(slot)).isTrue();
        assertThat(inventory.take(slot)).isFalse();
        // Another instance gives the place back: this one still remembers the slot full...
        mongo.getCollection(SlotInventory.COLLECTION)
                .updateOne(
                        Filters.eq("_id", slot.id()),
                        Updates.combine(Updates.inc("remaining", 1), Updates.inc("taken", -1)));
        assertThat(inventory.knownFull(slot.id())).isTrue();

        // ...until it reads the slot (an availability read), which shows the place.
        assertThat(inventory.remaining(List.of(slot.id()))).containsEntry(slot.id(), 1);

        assertThat(inventory.knownFull(slot.id())).isFalse();
        assertThat(inventory.take(slot)).isTrue();
    }

    @Test
    void aReadShowingNoPlaceMakesTheSlotKnownFull() {
        PlannedSlot slot = new PlannedSlot("inventory-read-full", "M", NINE, NINE.plusMinutes(20), 1, false);
        assertThat(inventory.take(slot)).isTrue();
        assertThat(inventory.knownFull(slot.id())).isFalse();

        assertThat(inventory.remaining(List.of(slot.id()))).containsEntry(slot.id(), 0);

        assertThat(inventory.knownFull(slot.id())).isTrue();
    }
}
