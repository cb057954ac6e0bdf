package io.onewindow.platform.calendar.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.testapp.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarDirectoryTest {

    private static final WorkingCalendar SHIPPED = WorkingCalendar.officialChina();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // Test fixture only: 2027's official arrangement is not published, and none is shipped.
    static final String TEST_2027 = """
            # test fixture, not the official 2027 arrangement
            covers,2027
            2027-01-01,DAY_OFF,New Year
            """;

    @TempDir
    Path directory;

    private final MovableClock time = new MovableClock(Instant.parse("2026-12-01T00:00:00Z"));

    private CalendarDirectory source(Duration rescan) {
        return new CalendarDirectory(directory, SHIPPED, rescan, time);
    }

    @Test
    void addsAValidYearFileToTheShippedYears() throws Exception {
        Files.writeString(directory.resolve("2027.csv"), TEST_2027);

        WorkingCalendar calendar = source(Duration.ofMinutes(1)).scan();

        assertThat(calendar.coveredYears()).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void refusesFilesThatAreNotAWholeArrangementOfTheYearTheirNameSays() throws Exception {
        Files.writeString(directory.resolve("2027.csv"), TEST_2027.replace("covers,2027", "covers,2028"));
        Files.writeString(directory.resolve("2028.csv"), "covers,2028\n2028-01-03,MAKE_UP_WORKING_DAY,New Year\n");
        Files.writeString(
                directory.resolve("2029.csv"), "covers,2029\n2029-01-01,DAY_OFF,New Year\n2030-01-01,DAY_OFF,x\n");
        Files.writeString(directory.resolve("next-year.csv"), TEST_2027);

        assertThat(source(Duration.ofMinutes(1)).scan().coveredYears()).containsExactly(Year.of(2025), Year.of(2026));
    }

    @Test
    void refusesAFileThatGivesAShippedYearOtherDaysButAcceptsARepeatOfIt() throws Exception {
        String shipped2026 = "covers,2026\n"
                + SHIPPED.entries().stream()
                        .filter(d -> d.date().getYear() == 2026)
                        .map(d -> d.date() + "," + d.kind() + "," + d.holiday())
                        .collect(Collectors.joining("\n"));
        Files.writeString(
                directory.resolve("2026.csv"), shipped2026.replace("2026-10-07,DAY_OFF", "2026-10-09,DAY_OFF"));

        WorkingCalendar calendar = source(Duration.ofMinutes(1)).scan();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();

        Files.writeString(directory.resolve("2026.csv"), shipped2026);
        assertThat(source(Duration.ofMinutes(1)).scan().entries()).isEqualTo(SHIPPED.entries());
    }

    @Test
    void aGrowingCalendarPicksUpANewFileAtMostOncePerRescanInterval() throws Exception {
        WorkingCalendar calendar = WorkingCalendar.growing(SHIPPED, source(Duration.ofMinutes(1)));
        assertThat(calendar.refresh()).isFalse();

        Files.writeString(directory.resolve("2027.csv"), TEST_2027);
        time.advance(Duration.ofSeconds(30));
        assertThat(calendar.refresh()).as("looked less than a minute ago").isFalse();

        time.advance(Duration.ofSeconds(31));
        assertThat(calendar.refresh()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.coveredYears()).contains(Year.of(2027));
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4))).isFalse();
    }

    @Test
    void aMissingDirectoryLeavesTheShippedYears() {
        CalendarDirectory missing =
                new CalendarDirectory(directory.resolve("absent"), SHIPPED, Duration.ofMinutes(1), time);
        assertThat(missing.scan().coveredYears()).containsExactly(Year.of(2025), Year.of(2026));
    }

    @Test
    void coverageCountsTheDaysLeftInTheRunOfCoveredYearsThatHoldsToday() throws Exception {
        Clock december20 = Clock.fixed(Instant.parse("2026-12-20T02:00:00Z"), ZoneOffset.UTC);
        CalendarCoverage shipped = new CalendarCoverage(SHIPPED, december20, SHANGHAI, 60);
        CalendarCoverage.Status status = shipped.status();
        assertThat(status.firstCoveredDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(status.lastCoveredDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(status.daysLeft()).isEqualTo(11);
        assertThat(shipped.runningOut(status)).isTrue();

        Files.writeString(directory.resolve("2027.csv"), TEST_2027);
        CalendarCoverage grown = new CalendarCoverage(source(Duration.ZERO).scan(), december20, SHANGHAI, 60);
        assertThat(grown.daysLeft()).isEqualTo(376);
        assertThat(grown.runningOut(grown.status())).isFalse();

        CalendarCoverage later = new CalendarCoverage(
                SHIPPED, Clock.fixed(Instant.parse("2027-02-01T02:00:00Z"), ZoneOffset.UTC), SHANGHAI, 60);
        assertThat(later.status().daysLeft()).isZero();
        assertThat(later.status().lastCoveredDate()).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
