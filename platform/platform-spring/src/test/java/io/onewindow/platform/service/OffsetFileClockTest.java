package io.onewindow.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private final Clock system = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path directory;

    @Test
    void withoutTheFileTheClockIsTheSystemClock() {
        Clock clock = new OffsetFileClock(system, directory.resolve("offset"));

        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void rewritingTheFileMovesTheClockWithoutARestart() throws Exception {
        Path file = directory.resolve("offset");
        Clock clock = new OffsetFileClock(system, file);

        write(file, "P9D", 1);
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(9)));

        write(file, "PT36H", 2);
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(36)));

        Files.delete(file);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void anUnreadableOffsetKeepsThePreviousOne() throws Exception {
        Path file = directory.resolve("offset");
        Clock clock = new OffsetFileClock(system, file);
        write(file, "P2D", 1);
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(2)));

        write(file, "two days", 2);

        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void aZoneVariantMovesWithTheOriginal() throws Exception {
        Path file = directory.resolve("offset");
        Clock clock = new OffsetFileClock(system, file);
        Clock utc = clock.withZone(ZoneOffset.UTC);

        write(file, "P1D", 1);

        assertThat(utc.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    /** Writes the offset with a distinct modification time (file systems may keep only seconds). */
    private static void write(Path file, String offset, int generation) throws Exception {
        Files.writeString(file, offset);
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(generation)));
    }
}
