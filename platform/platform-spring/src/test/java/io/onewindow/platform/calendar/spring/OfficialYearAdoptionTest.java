package io.onewindow.platform.calendar.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.approval.CalendarYearPublished;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfficialYearAdoptionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), ZoneOffset.UTC);

    private MongoServer server;
    private MongoClient client;
    private CalendarYearStore store;
    private StoredCalendarYears source;
    private WorkingCalendar calendar;
    private final List<DeadlineRecomputer.CalendarChange> changes = new ArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        store = new CalendarYearStore(client.getDatabase("adoption_test"));
        source = new StoredCalendarYears(store, Duration.ofMinutes(1), CLOCK);
        calendar = WorkingCalendar.growing(WorkingCalendar.officialChina(), source);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private OfficialYearAdoption adoption() {
        return adoption(Duration.ZERO);
    }

    private OfficialYearAdoption adoption(Duration grace) {
        return new OfficialYearAdoption(
                store,
                source,
                calendar,
                List.of(change -> {
                    if (failNext.getAndSet(false)) {
                        throw new IllegalStateException("crashed while recomputing");
                    }
                    changes.add(change);
                }),
                CLOCK,
                grace);
    }

    static CalendarYearPublished official2027(String extraDayOff) {
        List<CalendarDay> days = new ArrayList<>(List.of(
                CalendarDay.dayOff(LocalDate.of(2027, 1, 1), "New Year"),
                CalendarDay.makeUpWorkingDay(LocalDate.of(2027, 1, 9), "New Year")));
        days.add(CalendarDay.dayOff(LocalDate.parse(extraDayOff), "New Year"));
        return new CalendarYearPublished(
                2027, "TEST-NOTICE-2027", LocalDate.of(2026, 12, 15), days, "admin1", "admin2", CLOCK.instant());
    }

    @Test
    void anAdoptedYearIsCountedOfficiallyAndItsDeadlinesRecomputedOnce() {
        assertThat(calendar.dueDate(LocalDate.of(2026, 12, 31), 1).provisional())
                .isTrue();

        adoption().adopt(official2027("2027-01-04"));

        assertThat(calendar.isOfficial(Year.of(2027))).isTrue();
        assertThat(calendar.dueDate(LocalDate.of(2026, 12, 31), 1).date()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(changes).hasSize(1);
        DeadlineRecomputer.CalendarChange change = changes.get(0);
        assertThat(change.year()).isEqualTo(Year.of(2027));
        assertThat(change.before().isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(change.after().isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(change.reason()).contains("2027").contains("TEST-NOTICE-2027");
        assertThat(store.awaitingRecomputation()).isEmpty();

        adoption().adopt(official2027("2027-01-04"));
        assertThat(changes).as("a redelivered year changes nothing").hasSize(1);
    }

    @Test
    void aYearRecordedWithOtherDaysIsRefusedAndTheFirstStaysInForce() {
        adoption().adopt(official2027("2027-01-04"));

        assertThatThrownBy(() -> adoption().adopt(official2027("2027-01-05")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never changed");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 5))).isTrue();
    }

    @Test
    void aRecomputationCutShortByACrashIsFinishedLater() {
        failNext.set(true);
        adoption().adopt(official2027("2027-01-04"));
        assertThat(calendar.isOfficial(Year.of(2027)))
                .as("the year counts at once")
                .isTrue();
        assertThat(store.awaitingRecomputation()).containsExactly(2027);

        adoption().recomputeWaiting();

        assertThat(changes).hasSize(1);
        assertThat(store.awaitingRecomputation()).isEmpty();
        assertThat(calendar.isOfficial(Year.of(2027))).isTrue();
    }

    @Test
    void aRestartedServiceCountsOnTheYearsItRecorded() {
        adoption().adopt(official2027("2027-01-04"));

        WorkingCalendar restarted = WorkingCalendar.growing(
                WorkingCalendar.officialChina(), new StoredCalendarYears(store, Duration.ofMinutes(1), CLOCK));

        assertThat(restarted.refresh()).isTrue();
        assertThat(restarted.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(restarted.provisionalYears()).containsExactly(Year.of(2028), Year.of(2029));
    }

    @Test
    void withinTheGracePeriodTheRecomputersRunAgainEachRoundForLateProvisionalCounts() {
        adoption(Duration.ofMinutes(10)).adopt(official2027("2027-01-04"));
        adoption(Duration.ofMinutes(10)).recomputeWaiting();

        assertThat(changes).hasSize(2);
        adoption(Duration.ZERO).recomputeWaiting();
        assertThat(changes).as("past the grace period").hasSize(2);
    }

    @Test
    void aYearFromTheCalendarDirectoryIsRecordedAndRecomputedToo() {
        WorkingCalendar fromDirectory = WorkingCalendar.growing(
                WorkingCalendar.officialChina(),
                current -> java.util.Optional.of(current.withEntries(
                        Year.of(2027), official2027("2027-01-04").arrangement().entries())));
        calendar = fromDirectory;
        fromDirectory.refresh();

        adoption().recomputeWaiting();

        assertThat(store.find(2027))
                .hasValueSatisfying(y -> assertThat(y.noticeNumber()).contains("directory"));
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.year()).isEqualTo(Year.of(2027)));
        assertThat(store.awaitingRecomputation()).isEmpty();
    }
}
