package io.onewindow.platform.calendar.spring;

import io.onewindow.platform.calendar.CoverageSource;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.YearArrangement;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Years a district adds to the shipped calendar: one file {@code <yyyy>.csv} per year in a
 * directory (in Kubernetes a mounted ConfigMap), read at start-up and looked at again at most
 * once per {@code rescanInterval}, so a year published later is used without a restart.
 *
 * <p>Each file is checked whole before it is used ({@link YearArrangement}); a file that is not a
 * consistent arrangement of the year its name says, or that gives a shipped year other days, is
 * refused with an error in the log and its year stays uncovered. Each version of a file (name,
 * size, modification time) is read and logged once. Years once taken are kept until the next
 * start, even if their file goes: a deadline already counted on them must stay explainable.
 */
public final class CalendarDirectory implements CoverageSource {

    private static final Logger log = LoggerFactory.getLogger(CalendarDirectory.class);
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

    private final Path directory;
    private final WorkingCalendar shipped;
    private final Duration rescanInterval;
    private final Clock clock;
    private final Map<Path, FileVersion> seen = new HashMap<>();
    private Instant lastScan;
    private boolean missingReported;

    /** What one version of a file gave: its arrangement, or why it was refused. */
    private record FileVersion(long size, Instant modified, YearArrangement arrangement) {}

    public CalendarDirectory(Path directory, WorkingCalendar shipped, Duration rescanInterval, Clock clock) {
        this.directory = directory;
        this.shipped = shipped;
        this.rescanInterval = rescanInterval;
        this.clock = clock;
    }

    /** The directory looked at. */
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized Optional<WorkingCalendar> widen(WorkingCalendar current) {
        Instant now = clock.instant();
        if (lastScan != null && now.isBefore(lastScan.plus(rescanInterval))) {
            return Optional.empty();
        }
        lastScan = now;
        WorkingCalendar found = scan();
        WorkingCalendar merged = current;
        for (Year year : found.officialYears()) {
            if (!merged.isOfficial(year)) {
                merged =
                        merged.withEntries(year, YearArrangement.of(found, year).entries());
            }
        }
        return merged == current ? Optional.empty() : Optional.of(merged);
    }

    /** The shipped years plus every valid year file now in the directory. */
    WorkingCalendar scan() {
        if (!Files.isDirectory(directory)) {
            if (!missingReported) {
                log.warn(
                        "Calendar directory {} (onewindow.calendar.directory) does not exist: only the shipped years {}"
                                + " count until it does",
                        directory,
                        shipped.coveredYears());
                missingReported = true;
            }
            return shipped;
        }
        missingReported = false;
        Map<Year, YearArrangement> years = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.csv")) {
            for (Path file : files) {
                Matcher name = YEAR_FILE.matcher(file.getFileName().toString());
                if (!name.matches() || !Files.isRegularFile(file)) {
                    if (!seen.containsKey(file)) {
                        log.error("Calendar file {} ignored: year files are named <yyyy>.csv, e.g. 2027.csv", file);
                        seen.put(file, new FileVersion(-1, Instant.EPOCH, null));
                    }
                    continue;
                }
                YearArrangement arrangement = read(file, Year.of(Integer.parseInt(name.group(1))));
                if (arrangement != null && !shipped.coveredYears().contains(arrangement.year())) {
                    years.put(arrangement.year(), arrangement);
                }
            }
        } catch (IOException e) {
            log.error("Calendar directory {} cannot be read; keeping the years already held", directory, e);
            return shipped;
        }
        WorkingCalendar merged = shipped;
        for (YearArrangement year : years.values()) {
            merged = merged.withEntries(year.year(), year.entries());
        }
        return merged;
    }

    private YearArrangement read(Path file, Year year) {
        FileVersion version;
        try {
            long size = Files.size(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            FileVersion known = seen.get(file);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return known.arrangement();
            }
            version = new FileVersion(size, modified, check(file, year));
        } catch (IOException e) {
            log.error("Calendar file {} cannot be read; {} stays uncovered: {}", file, year, e.toString());
            return null;
        }
        seen.put(file, version);
        return version.arrangement();
    }

    private YearArrangement check(Path file, Year year) throws IOException {
        YearArrangement arrangement;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            arrangement = YearArrangement.read(reader, file.toString(), year);
        } catch (IllegalArgumentException e) {
            log.error("Calendar file {} refused, {} stays uncovered: {}", file, year, e.getMessage());
            return null;
        }
        if (shipped.coveredYears().contains(year)) {
            if (YearArrangement.of(shipped, year).sameDaysAs(arrangement)) {
                log.info("Calendar file {} repeats the shipped arrangement of {}; nothing to add", file, year);
            } else {
                log.error(
                        "Calendar file {} refused: it gives {} other days off or working days than the arrangement"
                                + " shipped with the platform, which stays in force",
                        file,
                        year);
            }
            return null;
        }
        log.info(
                "Calendar file {} accepted: {} covered ({} days off, {} make-up working days)",
                file,
                year,
                arrangement.entries().stream()
                        .filter(d -> d.kind() == io.onewindow.platform.calendar.DayKind.DAY_OFF)
                        .count(),
                arrangement.entries().stream()
                        .filter(d -> d.kind() == io.onewindow.platform.calendar.DayKind.MAKE_UP_WORKING_DAY)
                        .count());
        return arrangement;
    }
}
