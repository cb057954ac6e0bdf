package io.onewindow.appointment.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.booking.domain.LimitGuard;
import io.onewindow.appointment.support.AppointmentIntegrationTest;
import io.onewindow.platform.domain.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The limit guards claimed in one round trip (the first key of every guard in one unordered
 * insert) against the real MongoDB-protocol server: however many requests of one person race, no
 * limit is ever exceeded, the refused leave no key behind, and the problem code is the first
 * guard's (in the given order) that is used up.
 */
@AppointmentIntegrationTest
class LimitGuardsIT {

    @Autowired
    LimitGuards guards;

    @Autowired
    MongoTemplate mongo;

    @Test
    void racingRequestsOfOnePersonNeverExceedAnyLimit() throws Exception {
        // 24 requests of one person, each for another matter on one of three days of one week:
        // day 1 each, week 2, month 6, matter 1 → exactly 2 claims succeed, on different days.
        String person = "race-guards-1";
        Map<String, String> outcome = race(
                24,
                i -> List.of(
                        new LimitGuard("day:" + person + ":2026-12-0" + (2 + i % 3), 1, "limit-per-day"),
                        new LimitGuard("week:" + person + ":2026-W49", 2, "limit-per-week"),
                        new LimitGuard("month:" + person + ":2026-12", 6, "limit-per-month"),
                        new LimitGuard("matter:" + person + ":M" + i, 1, "limit-active-per-matter")));

        List<String> winners = outcome.entrySet().stream()
                .filter(e -> e.getValue().equals("claimed"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(winners).hasSize(2);
        assertThat(outcome.values()).containsOnly("claimed", "limit-per-day", "limit-per-week");
        assertThat(count("day:" + person)).isEqualTo(2);
        assertThat(count("week:" + person)).isEqualTo(2);
        assertThat(count("month:" + person)).isEqualTo(2);
        assertThat(count("matter:" + person)).isEqualTo(2);
        // Every key left is held by a winner: the refused gave back what their insert wrote.
        assertThat(holders(person)).containsOnlyElementsOf(winners);
    }

    @Test
    void oneSlotManyRequestsOfOnePersonGiveOneClaim() throws Exception {
        String person = "race-guards-2";
        Map<String, String> outcome = race(
                30,
                i -> List.of(
                        new LimitGuard("day:" + person + ":2026-12-02", 1, "limit-per-day"),
                        new LimitGuard("week:" + person + ":2026-W49", 2, "limit-per-week"),
                        new LimitGuard("month:" + person + ":2026-12", 6, "limit-per-month"),
                        new LimitGuard("matter:" + person + ":MR-ENT-REG", 1, "limit-active-per-matter")));

        assertThat(outcome.values().stream().filter("claimed"::equals)).hasSize(1);
        assertThat(count(person)).isEqualTo(4);
    }

    @Test
    void theFirstUsedUpGuardNamesTheRefusalAndNothingIsLeftBehind() {
        String person = "order-guards";
        guards.claim(List.of(new LimitGuard("matter:" + person + ":A", 1, "limit-active-per-matter")), "FIRST");

        assertThatThrownBy(() -> guards.claim(
                        List.of(
                                new LimitGuard("day:" + person + ":2026-12-03", 1, "limit-per-day"),
                                new LimitGuard("matter:" + person + ":A", 1, "limit-active-per-matter"),
                                new LimitGuard("week:" + person + ":2026-W49", 0, "limit-per-week")),
                        "SECOND"))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "limit-active-per-matter");
        assertThat(holders(person)).containsOnly("FIRST");
    }

    @Test
    void aHolderKeepsTheKeysItHeldWhenItsNextClaimIsRefused() {
        String person = "keep-guards";
        List<String> held = guards.claim(
                List.of(
                        new LimitGuard("day:" + person + ":2026-12-02", 1, "limit-per-day"),
                        new LimitGuard("week:" + person + ":2026-W49", 2, "limit-per-week")),
                "MINE");
        guards.claim(List.of(new LimitGuard("day:" + person + ":2026-12-03", 1, "limit-per-day")), "OTHER");

        // A reschedule of MINE to 12-03: the week key it holds is its own, the day is another's.
        assertThatThrownBy(() -> guards.claim(
                        List.of(
                                new LimitGuard("week:" + person + ":2026-W49", 2, "limit-per-week"),
                                new LimitGuard("day:" + person + ":2026-12-03", 1, "limit-per-day")),
                        "MINE"))
                .hasFieldOrPropertyWithValue("code", "limit-per-day");
        assertThat(held).containsExactly("day:" + person + ":2026-12-02#0", "week:" + person + ":2026-W49#0");
        assertThat(mongo.getCollection("booking_guards").countDocuments(new Document("holder", "MINE")))
                .isEqualTo(2);
    }

    private Map<String, String> race(int clients, IntFunction<List<LimitGuard>> limits) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, String> outcome = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String holder = "H" + i;
            List<LimitGuard> used = limits.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    guards.claim(used, holder);
                    outcome.put(holder, "claimed");
                } catch (ConflictException e) {
                    outcome.put(holder, e.code());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return outcome;
    }

    /** Keys of one guard kind ({@code day:<person>} …) or, with a bare person, of all kinds. */
    private long count(String kindOrPerson) {
        return mongo.getCollection("booking_guards").find().into(new ArrayList<>()).stream()
                .map(d -> d.getString("_id"))
                .filter(id -> id.startsWith(kindOrPerson + ":") || id.contains(":" + kindOrPerson + ":"))
                .count();
    }

    private List<String> holders(String person) {
        return mongo.getCollection("booking_guards").find().into(new ArrayList<>()).stream()
                .filter(d -> d.getString("_id").contains(":" + person + ":"))
                .map(d -> d.getString("holder"))
                .distinct()
                .toList();
    }
}
