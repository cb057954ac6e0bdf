package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.booking.domain.Booking;
import io.onewindow.appointment.booking.domain.BookingStatus;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.test.MutableClock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Many clients racing for few places, against the real MongoDB-protocol server: no oversell,
 * no double booking of one person, linked bookings all or nothing.
 */
@AppointmentIntegrationTest
class BookingRaceIT {

    static final LocalDateTime WEDNESDAY_NINE = LocalDateTime.of(2026, 12, 2, 9, 0);

    @Autowired
    BookingDesk desk;

    @Autowired
    MyBookings myBookings;

    @Autowired
    ServicePointDirectory points;

    @Autowired
    SlotInventory inventory;

    @Autowired
    IdentityHasher hasher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void tuesdayMorning() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
    }

    @Test
    void twoHundredClientsRacingForTenPlacesGetExactlyTenBookings() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("race-hall", 10));
        Outcome outcome = race(
                200,
                i -> () -> desk.book(
                        command("race-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 1000 + i, null)));

        assertThat(outcome.booked()).isEqualTo(10);
        assertThat(outcome.refusals()).containsOnlyKeys("slot-full").containsEntry("slot-full", 190);
        String slotId = PlannedSlot.idOf("race-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE);
        assertThat(inventory.taken(slotId)).isEqualTo(10);
        assertThat(inventory.remaining(List.of(slotId))).containsEntry(slotId, 0);
        assertThat(mongo.count(Query.query(Criteria.where("slotId").is(slotId)), "bookings"))
                .isEqualTo(10);
        // The 190 refused left no limit claimed behind: every guard belongs to a stored booking.
        assertThat(guardHoldersWithoutBooking()).isEmpty();
    }

    @Test
    void onePersonRacingTwentyRequestsGetsOneBooking() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("same-person-hall", 50));
        Outcome outcome = race(
                20,
                i -> () -> desk.book(command(
                        "same-person-hall",
                        TestPoints.BUSINESS_REGISTRATION,
                        WEDNESDAY_NINE.plusMinutes(20 * (i % 5)),
                        77,
                        null)));

        assertThat(outcome.booked()).isEqualTo(1);
        assertThat(outcome.refusals().keySet()).containsAnyOf("limit-per-day", "limit-active-per-matter");
        assertThat(mongo.count(Query.query(Criteria.where("servicePointId").is("same-person-hall")), "bookings"))
                .isEqualTo(1);
    }

    @Test
    void linkedBookingsUnderARaceAreAllOrNothing() throws Exception {
        // 10 registration places but only 4 deed-tax places at the same time: 4 linked bookings.
        points.upsert(TestPoints.hall("linked-hall", 10, 4));
        Outcome outcome = race(
                60,
                i -> () -> desk.bookLinked(new BookingDesk.BookLinkedCommand(
                        hasher.principal(TestIds.person(3000 + i)),
                        requester(i),
                        null,
                        "linked-hall",
                        TestPoints.HOUSING_TRANSFER,
                        WEDNESDAY_NINE,
                        null,
                        "r" + i)));

        assertThat(outcome.booked()).isEqualTo(4);
        String registration = PlannedSlot.idOf("linked-hall", TestPoints.TRANSFER, WEDNESDAY_NINE);
        String tax = PlannedSlot.idOf("linked-hall", TestPoints.DEED_TAX, WEDNESDAY_NINE);
        // Every registration place taken for a linked booking whose tax part failed was given back.
        assertThat(inventory.taken(registration)).isEqualTo(4);
        assertThat(inventory.taken(tax)).isEqualTo(4);
        List<Map<String, Object>> codes = new ArrayList<>();
        mongo.getCollection("bookings")
                .find(new org.bson.Document("servicePointId", "linked-hall"))
                .forEach(d -> codes.add(d));
        assertThat(codes).hasSize(8);
        assertThat(codes.stream().map(d -> d.get("linkCode")).distinct()).hasSize(4);
        assertThat(guardHoldersWithoutBooking()).isEmpty();
    }

    @Test
    void aSlotSeenFullIsRefusedBeforeThePersonsLimitsAreAsked() {
        points.upsert(TestPoints.hallWithPlacesPerSlot("seen-full-hall", 1));
        String matter = TestPoints.BUSINESS_REGISTRATION;
        desk.book(command("seen-full-hall", matter, WEDNESDAY_NINE, 6610, null));
        // Person 6611 has used up the day's booking at 09:20.
        desk.book(command("seen-full-hall", matter, WEDNESDAY_NINE.plusMinutes(20), 6611, null));
        assertThatThrownBy(
                        () -> desk.book(command("seen-full-hall", matter, WEDNESDAY_NINE.plusMinutes(40), 6611, null)))
                .hasFieldOrPropertyWithValue("code", "limit-per-day");
        // Person 6612 finds 09:00 full: this instance has now seen it without a place.
        assertThatThrownBy(() -> desk.book(command("seen-full-hall", matter, WEDNESDAY_NINE, 6612, null)))
                .hasFieldOrPropertyWithValue("code", "slot-full");
        String person = hasher.principal(TestIds.person(6611)).idHash();
        List<String> guards = guardsOf(person);

        // 09:00 is refused as full before 6611's limits are asked, and no guard was written or removed.
        assertThatThrownBy(() -> desk.book(command("seen-full-hall", matter, WEDNESDAY_NINE, 6611, null)))
                .hasFieldOrPropertyWithValue("code", "slot-full");
        assertThat(guardsOf(person)).isEqualTo(guards).isNotEmpty();
        assertThat(guardHoldersWithoutBooking()).isEmpty();
    }

    @Test
    void twoRacingForTheLastPlaceBookItOnceAndTheSlotIsThenRefusedAsFull() throws Exception {
        points.upsert(TestPoints.hallWithPlacesPerSlot("last-place-hall", 2));
        String matter = TestPoints.BUSINESS_REGISTRATION;
        desk.book(command("last-place-hall", matter, WEDNESDAY_NINE, 6650, null));

        Outcome outcome =
                race(2, i -> () -> desk.book(command("last-place-hall", matter, WEDNESDAY_NINE, 6651 + i, null)));

        assertThat(outcome.booked()).isEqualTo(1);
        assertThat(outcome.refusals()).containsExactly(Map.entry("slot-full", 1));
        String slotId = PlannedSlot.idOf("last-place-hall", matter, WEDNESDAY_NINE);
        assertThat(inventory.taken(slotId)).isEqualTo(2);
        assertThat(inventory.knownFull(slotId)).isTrue();
        assertThat(guardHoldersWithoutBooking()).isEmpty();
    }

    @Test
    void aPlaceGivenBackOnThisInstanceIsBookedAtOnceAfterTheSlotWasSeenFull() {
        points.upsert(TestPoints.hallWithPlacesPerSlot("given-back-hall", 1));
        String matter = TestPoints.BUSINESS_REGISTRATION;
        Booking first = desk.book(command("given-back-hall", matter, WEDNESDAY_NINE, 6670, null));
        assertThatThrownBy(() -> desk.book(command("given-back-hall", matter, WEDNESDAY_NINE, 6671, null)))
                .hasFieldOrPropertyWithValue("code", "slot-full");

        myBookings.cancel(first.id(), first.principal().idHash(), requester(6670));

        Booking second = desk.book(command("given-back-hall", matter, WEDNESDAY_NINE, 6671, null));
        assertThat(second.slotId()).isEqualTo(first.slotId());
        assertThat(inventory.taken(first.slotId())).isEqualTo(1);
    }

    private List<String> guardsOf(String idHash) {
        return mongo
                .getCollection("booking_guards")
                .find(com.mongodb.client.model.Filters.regex("_id", java.util.regex.Pattern.quote(idHash)))
                .map(d -> d.getString("_id") + " " + d.getString("holder"))
                .into(new ArrayList<>())
                .stream()
                .sorted()
                .toList();
    }

    private List<String> guardHoldersWithoutBooking() {
        List<String> codes =
                mongo.getCollection("bookings").distinct("code", String.class).into(new ArrayList<>());
        return mongo
                .getCollection("booking_guards")
                .distinct("holder", String.class)
                .into(new ArrayList<String>())
                .stream()
                .filter(holder -> !codes.contains(holder))
                .toList();
    }

    @Test
    void cancellingOnePartOfALinkedBookingCancelsBothAndGivesBothPlacesBack() {
        points.upsert(TestPoints.hall("linked-cancel-hall", 2, 2));
        List<Booking> parts = desk.bookLinked(new BookingDesk.BookLinkedCommand(
                hasher.principal(TestIds.person(3500)),
                requester(3500),
                null,
                "linked-cancel-hall",
                TestPoints.HOUSING_TRANSFER,
                WEDNESDAY_NINE,
                null,
                "linked-cancel"));
        assertThat(parts).hasSize(2).allMatch(p -> p.code().equals(parts.get(0).linkCode()));

        List<Booking> cancelled =
                myBookings.cancel(parts.get(1).id(), parts.get(1).principal().idHash(), requester(3500));

        assertThat(cancelled).hasSize(2).allMatch(b -> b.status() == BookingStatus.CANCELLED);
        assertThat(cancelled)
                .extracting(Booking::cancelReason)
                .containsExactlyInAnyOrder(Booking.BY_PERSON, Booking.LINKED_PART_CANCELLED);
        assertThat(inventory.taken(PlannedSlot.idOf("linked-cancel-hall", TestPoints.TRANSFER, WEDNESDAY_NINE)))
                .isZero();
        assertThat(inventory.taken(PlannedSlot.idOf("linked-cancel-hall", TestPoints.DEED_TAX, WEDNESDAY_NINE)))
                .isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstBooking() {
        points.upsert(TestPoints.hallWithPlacesPerSlot("idem-hall", 5));
        Booking first = desk.book(command("idem-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 500, "key-1"));
        Booking retry = desk.book(command("idem-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 500, "key-1"));
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(mongo.count(Query.query(Criteria.where("servicePointId").is("idem-hall")), "bookings"))
                .isEqualTo(1);
        assertThat(inventory.taken(PlannedSlot.idOf("idem-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE)))
                .isEqualTo(1);
    }

    @Test
    void cancellingGivesThePlaceAndTheLimitsBack() {
        points.upsert(TestPoints.hallWithPlacesPerSlot("cancel-hall", 1));
        Booking booking =
                desk.book(command("cancel-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 600, null));
        myBookings.cancel(booking.id(), booking.principal().idHash(), requester(600));
        Booking again = desk.book(command("cancel-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 600, null));
        assertThat(again.id()).isNotEqualTo(booking.id());
        assertThat(inventory.taken(PlannedSlot.idOf("cancel-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE)))
                .isEqualTo(1);
    }

    @Test
    void reschedulingTakesTheNewPlaceBeforeGivingBackTheOld() {
        points.upsert(TestPoints.hallWithPlacesPerSlot("move-hall", 1));
        Booking booking = desk.book(command("move-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE, 700, null));
        // Someone else holds the only place at 09:20: moving there is refused and changes nothing.
        desk.book(command("move-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE.plusMinutes(20), 701, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> myBookings.reschedule(
                        booking.id(),
                        WEDNESDAY_NINE.plusMinutes(20),
                        booking.principal().idHash(),
                        requester(700)))
                .hasFieldOrPropertyWithValue("code", "slot-full");
        String nine = PlannedSlot.idOf("move-hall", TestPoints.BUSINESS_REGISTRATION, WEDNESDAY_NINE);
        assertThat(inventory.taken(nine)).isEqualTo(1);

        Booking moved = myBookings.reschedule(
                booking.id(),
                WEDNESDAY_NINE.plusMinutes(40),
                booking.principal().idHash(),
                requester(700));
        assertThat(moved.slotId()).endsWith("T09:40");
        assertThat(inventory.taken(nine)).isZero();
        assertThat(inventory.taken(moved.slotId())).isEqualTo(1);
    }

    private BookingDesk.BookCommand command(
            String point, String matter, LocalDateTime start, int person, String idempotencyKey) {
        return new BookingDesk.BookCommand(
                hasher.principal(TestIds.person(person)),
                requester(person),
                null,
                point,
                matter,
                start,
                idempotencyKey,
                "request-" + point + "-" + start + "-" + person);
    }

    private static Requester requester(int person) {
        return new Requester("u-" + person, "person" + person, false, BookingChannel.PORTAL, "fp-" + person);
    }

    record Outcome(int booked, Map<String, Integer> refusals) {}

    private static Outcome race(int clients, IntFunction<Runnable> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(clients, 64));
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger booked = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Runnable attempt = client.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    attempt.run();
                    booked.incrementAndGet();
                } catch (ConflictException e) {
                    refusals.merge(e.code(), 1, Integer::sum);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return new Outcome(booked.get(), refusals);
    }
}
