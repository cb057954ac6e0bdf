package io.onewindow.appointment.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.booking.BookingDesk;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.Principal;
import io.onewindow.appointment.booking.domain.Requester;
import io.onewindow.appointment.draw.domain.Draw;
import io.onewindow.appointment.draw.domain.DrawEntry;
import io.onewindow.appointment.draw.domain.DrawLottery;
import io.onewindow.appointment.draw.domain.DrawStatus;
import io.onewindow.appointment.draw.domain.EntryStatus;
import io.onewindow.appointment.servicepoint.ServicePointDirectory;
import io.onewindow.appointment.slot.SlotInventory;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.support.AppointmentClockConfiguration;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.test.MutableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The draw under load and at its edges, through the use cases: many entrants for few places, two
 * holders at once, a person who asks five times at once, a banned person, a drawn winner banned
 * before the draw, a window that opened without a commitment.
 */
@AppointmentIntegrationTest
class DrawRaceIT {

    static final String MATTER = TestPoints.TRANSFER;
    static final LocalDateTime RELEASE = LocalDateTime.of(2026, 12, 1, 8, 0);
    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 8, 9, 0);

    @Autowired
    BookingDesk desk;

    @Autowired
    SeedCommitments commitments;

    @Autowired
    DrawHolding holding;

    @Autowired
    DrawStore draws;

    @Autowired
    DrawEntryStore entries;

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

    @AfterEach
    void resetClock() {
        clock.set(AppointmentClockConfiguration.TUESDAY_MORNING);
    }

    static PlannedSlot slot(String hall, LocalDateTime start, int places) {
        return new PlannedSlot(hall, MATTER, start, start.plusMinutes(30), places, false);
    }

    Principal person(int n) {
        return hasher.principal(TestIds.person(n));
    }

    BookingDesk.Outcome request(String hall, int n, LocalDateTime start) {
        return desk.request(new BookingDesk.BookCommand(
                person(n),
                new Requester("u-" + n, "p" + n, false, BookingChannel.PORTAL, "fp-" + n),
                null,
                hall,
                MATTER,
                start,
                null,
                "r-" + hall + start + n));
    }

    /** Commits the slot's draw half an hour before its release, then opens the window. */
    Draw commitThenOpen(String hall, LocalDateTime start, int places) {
        points.upsert(TestPoints.hall(hall, places, places));
        clock.set(RELEASE.minusMinutes(30));
        Draw draw = commitments.drawOf(slot(hall, start, places)).orElseThrow();
        assertThat(draw.status()).isEqualTo(DrawStatus.COMMITTED);
        clock.set(RELEASE.plusSeconds(10));
        return draw;
    }

    void ban(int n) {
        Instant now = clock.instant();
        mongo.getCollection("booking_bans")
                .insertOne(new Document("_id", person(n).idHash())
                        .append("principalIdMasked", person(n).idMasked())
                        .append("banId", "ban-" + n)
                        .append("reason", "NO_SHOWS")
                        .append("noShows", 2)
                        .append("imposedAt", Date.from(now))
                        .append("until", Date.from(now.plusSeconds(90L * 24 * 3600)))
                        .append("version", 0L)
                        .append("outbox", List.of()));
    }

    static <T> List<T> all(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    long booked(String slotId) {
        return mongo.getCollection("bookings")
                .countDocuments(new Document("slotId", slotId).append("status", "BOOKED"));
    }

    @Test
    void thirtyEntrantsForFivePlacesTwoHoldersExactlyFiveBookedAndTheRerunMatches() throws Exception {
        String hall = "race-draw-hall";
        Draw committed = commitThenOpen(hall, NINE, 5);
        String slotId = committed.slotId();

        List<BookingDesk.Outcome> outcomes = all(
                16,
                IntStream.range(0, 30)
                        .<Callable<BookingDesk.Outcome>>mapToObj(i -> () -> request(hall, 7000 + i, NINE))
                        .toList());
        assertThat(outcomes)
                .allMatch(o -> o.booking() == null && "ENTERED".equals(o.entry().status()));
        assertThat(inventory.taken(slotId)).isZero();
        assertThat(booked(slotId)).isZero();

        // One person asking five times at once is one entry.
        List<BookingDesk.Outcome> repeats = all(
                5,
                IntStream.range(0, 5)
                        .<Callable<BookingDesk.Outcome>>mapToObj(i -> () -> request(hall, 7100, NINE))
                        .toList());
        assertThat(repeats.stream().map(o -> o.entry().entryId()).distinct()).hasSize(1);
        assertThat(entries.ofSlot(slotId)).hasSize(31);

        // Just before the end of the window nothing can be held.
        clock.set(RELEASE.plusSeconds(60).minusNanos(1));
        assertThat(holding.hold(slotId)).isFalse();

        clock.set(RELEASE.plusSeconds(60));
        List<Object> holders = all(2, List.<Callable<Object>>of(() -> tryHold(slotId), () -> tryHold(slotId)));
        assertThat(holders).containsOnlyOnce(Boolean.TRUE);

        assertThat(inventory.taken(slotId)).isEqualTo(5);
        assertThat(booked(slotId)).isEqualTo(5);
        List<DrawEntry> decided = entries.ofSlot(slotId);
        assertThat(decided.stream().filter(e -> e.status() == EntryStatus.WON)).hasSize(5);
        assertThat(decided.stream().filter(e -> e.status() == EntryStatus.LOST)).hasSize(26);
        // Losers' limits are given back: none of their keys is held any more.
        Set<String> loserCodes = decided.stream()
                .filter(e -> e.status() == EntryStatus.LOST)
                .map(DrawEntry::holdCode)
                .collect(Collectors.toSet());
        assertThat(mongo.getCollection("booking_guards")
                        .countDocuments(new Document("holder", new Document("$in", List.copyOf(loserCodes)))))
                .isZero();

        Draw held = draws.find(slotId).orElseThrow();
        assertThat(held.status()).isEqualTo(DrawStatus.DRAWN);
        Draw.Result result = held.result();
        assertThat(result.places()).isEqualTo(5);
        assertThat(result.entryIds()).hasSize(31).isSorted();
        List<String> rerun = DrawLottery.rank(held.revealedSeed(), result.entryIds()).stream()
                .map(DrawLottery.Ranked::entryId)
                .toList();
        assertThat(result.ranking()).isEqualTo(rerun);
        assertThat(result.winners()).isEqualTo(rerun.subList(0, 5));
        assertThat(decided.stream().filter(e -> e.status() == EntryStatus.WON).map(DrawEntry::id))
                .containsExactlyInAnyOrderElementsOf(result.winners());

        // After the draw it is first-come: a newcomer finds the slot full.
        assertThatThrownBy(() -> request(hall, 7200, NINE))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "slot-full");
    }

    Object tryHold(String slotId) {
        try {
            return holding.hold(slotId);
        } catch (ConflictException e) {
            return e.code();
        }
    }

    @Test
    void aBannedPersonIsNotEnteredAndADrawnWinnerBannedMeanwhileIsSkippedForTheNext() {
        String hall = "skip-draw-hall";
        LocalDateTime ten = NINE.plusHours(1);
        Draw committed = commitThenOpen(hall, ten, 1);

        ban(7300);
        long before = entries.ofSlot(committed.slotId()).size();
        assertThatThrownBy(() -> request(hall, 7300, ten))
                .isInstanceOf(AccessRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "booking-banned");
        assertThat(entries.ofSlot(committed.slotId())).hasSize((int) before);

        List<String> ids = IntStream.of(7301, 7302, 7303)
                .mapToObj(n -> request(hall, n, ten).entry().entryId())
                .toList();
        String seed = draws.find(committed.slotId()).orElseThrow().seed();
        List<String> ranking = DrawLottery.rank(seed, ids).stream()
                .map(DrawLottery.Ranked::entryId)
                .toList();
        int top = 7301 + ids.indexOf(ranking.get(0));
        ban(top);

        clock.set(RELEASE.plusSeconds(61));
        assertThat(holding.hold(committed.slotId())).isTrue();
        Draw.Result result = draws.find(committed.slotId()).orElseThrow().result();
        assertThat(result.skipped()).containsExactly(ranking.get(0));
        assertThat(result.winners()).containsExactly(ranking.get(1));
        assertThat(DrawLottery.winners(result.ranking(), result.places(), result.skipped()))
                .isEqualTo(result.winners());
        assertThat(entries.find(ranking.get(0)).orElseThrow().lostReason()).isEqualTo(DrawEntry.INELIGIBLE);
        assertThat(entries.find(ranking.get(2)).orElseThrow().lostReason()).isEqualTo(DrawEntry.NOT_DRAWN);
        assertThat(inventory.taken(committed.slotId())).isEqualTo(1);
        assertThat(booked(committed.slotId())).isEqualTo(1);
    }

    @Test
    void aWindowThatOpenedWithoutACommitmentIsFirstComeAndNoSeedIsCommittedAfterwards() {
        String hall = "late-draw-hall";
        points.upsert(TestPoints.hall(hall, 2, 2));
        LocalDateTime eleven = NINE.plusHours(2);
        clock.set(RELEASE.plusSeconds(5));
        BookingDesk.Outcome first = request(hall, 7400, eleven);
        assertThat(first.booking()).isNotNull();
        assertThat(first.entry()).isNull();
        assertThat(inventory.taken(PlannedSlot.idOf(hall, MATTER, eleven))).isEqualTo(1);
        Draw marker = commitments.drawOf(slot(hall, eleven, 2)).orElseThrow();
        assertThat(marker.status()).isEqualTo(DrawStatus.FIRST_COME);
        assertThat(marker.commitment()).isNull();
        assertThat(request(hall, 7401, eleven).booking()).isNotNull();
        assertThatThrownBy(() -> request(hall, 7402, eleven))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "slot-full");

        // The job does not commit a window that has opened either.
        assertThat(commitments.commitUpcoming()).isZero();
    }
}
