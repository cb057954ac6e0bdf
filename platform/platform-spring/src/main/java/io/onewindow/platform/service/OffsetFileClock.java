package io.onewindow.platform.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system clock moved by an offset read from a file, for system tests and rehearsals that
 * must see what a service does days from now (a case turning yellow, then red) without waiting.
 *
 * <p>The file holds one ISO-8601 duration ({@code P9D}, {@code PT36H}, {@code -PT1H}); a missing
 * or empty file means no offset. The file is read again whenever its modification time changes,
 * so a test moves the service's time by rewriting it, with no restart and no network endpoint.
 * Every change is logged at WARN: a production service never has {@code onewindow.clock.offset-file}.
 * A file that does not parse keeps the previous offset and is logged, rather than stopping time.
 */
final class OffsetFileClock extends Clock {

    private static final Logger log = LoggerFactory.getLogger(OffsetFileClock.class);

    private final Clock system;
    private final Path file;
    private final State state;

    OffsetFileClock(Clock system, Path file) {
        this(system, file, new State());
        log.warn("The service's clock follows the offset in {}: time is shifted for testing", file);
        offset();
    }

    private OffsetFileClock(Clock system, Path file, State state) {
        this.system = system;
        this.file = file;
        this.state = state;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new OffsetFileClock(system.withZone(zone), file, state);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset());
    }

    /** The offset now in force. */
    Duration offset() {
        FileTime modified = modified();
        synchronized (state) {
            if (modified == null) {
                state.apply(null, Duration.ZERO, file);
            } else if (!modified.equals(state.modified)) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                    state.apply(modified, text.isEmpty() ? Duration.ZERO : Duration.parse(text), file);
                } catch (DateTimeParseException | IOException e) {
                    log.error("Ignoring {}: not an ISO-8601 duration ({}); the offset stays {}", file, e, state.offset);
                    state.modified = modified;
                }
            }
            return state.offset;
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (NoSuchFileException missing) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shared by the zone variants of one clock, so they all move together. */
    private static final class State {
        private FileTime modified;
        private Duration offset = Duration.ZERO;

        void apply(FileTime modified, Duration offset, Path file) {
            if (!offset.equals(this.offset)) {
                log.warn("Clock offset from {} is now {}", file, offset);
            }
            this.modified = modified;
            this.offset = offset;
        }
    }
}
