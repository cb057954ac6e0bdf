package io.onewindow.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days are working days, for statutory time limits counted in working days
 * (Administrative License Law art. 82) and anything else scheduled on them.
 *
 * <p>A day is a working day when it is not a day off and is either Monday to Friday or a make-up
 * working day. The days off and make-up days are data: the State Council publishes each year's
 * arrangement late in the year before, so years are added as data ({@link #withEntries}) and
 * never derived. A calendar answers only for the years it has been told it covers; anything
 * that needs a day of another year throws {@link CalendarNotCoveredException} instead of
 * guessing with the Monday-to-Friday rule.
 *
 * <p>Coverage is declared per year rather than inferred from the entries, because an
 * arrangement can reach into the neighbouring year (the 2012 New Year arrangement made
 * 2011-12-31 a working day), and one such entry must not make a whole year look covered.
 *
 * <p>Thread-safe. A calendar made by {@link #officialChina()}, {@link #builder()} or
 * {@link #withEntries} is immutable. A {@linkplain #growing growing} calendar only ever gains
 * years: when a question needs a year it lacks, or on {@link #refresh()}, it asks its
 * {@link CoverageSource} for more before refusing, so a year published after start-up is used
 * without a restart; the years it holds never change or go away.
 */
public final class WorkingCalendar {

    private static final String OFFICIAL_CHINA_RESOURCE = "cn-official-2025-2026.csv";

    // Replaced as a whole, only by a wider one; a question reads it once per day asked about.
    private volatile Arrangements arrangements;
    private final CoverageSource source;

    private WorkingCalendar(Arrangements arrangements, CoverageSource source) {
        this.arrangements = arrangements;
        this.source = source;
    }

    private record Arrangements(SortedSet<Year> coveredYears, NavigableMap<LocalDate, CalendarDay> entries) {
        Arrangements {
            coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
            entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
        }

        // Every year held here is held by {@code wider} with the same entries.
        boolean isExtendedBy(Arrangements wider) {
            if (!wider.coveredYears.containsAll(coveredYears) || wider.coveredYears.equals(coveredYears)) {
                return false;
            }
            for (Year year : coveredYears) {
                if (!yearOf(year).equals(wider.yearOf(year))) {
                    return false;
                }
            }
            return true;
        }

        private Map<LocalDate, CalendarDay> yearOf(Year year) {
            return entries.subMap(year.atDay(1), true, year.atMonth(12).atEndOfMonth(), true);
        }
    }

    /**
     * A calendar that starts with {@code initial}'s years and asks {@code source} for more when a
     * question needs a year it lacks (and on {@link #refresh()}), before refusing with
     * {@link CalendarNotCoveredException}.
     */
    public static WorkingCalendar growing(WorkingCalendar initial, CoverageSource source) {
        return new WorkingCalendar(initial.arrangements, Objects.requireNonNull(source, "source"));
    }

    /**
     * Asks the {@link CoverageSource} of a growing calendar for more years now, and takes them if
     * they leave every year already held as it is.
     *
     * @return whether the calendar now covers more years; always {@code false} for a calendar
     *     that does not grow
     */
    public boolean refresh() {
        if (source == null) {
            return false;
        }
        Arrangements current = arrangements;
        Optional<WorkingCalendar> offered = source.widen(new WorkingCalendar(current, null));
        if (offered.isEmpty()) {
            return false;
        }
        synchronized (this) {
            Arrangements now = arrangements;
            Arrangements wider = offered.get().arrangements;
            if (!now.isExtendedBy(wider)) {
                return now != current;
            }
            arrangements = wider;
            return true;
        }
    }

    /**
     * The official mainland China arrangement shipped with the platform (2025 and 2026). Later
     * years are added with {@link #withEntries} as the State Council publishes them.
     */
    public static WorkingCalendar officialChina() {
        return OfficialChina.CALENDAR;
    }

    /** An empty builder, for calendars assembled from data held elsewhere. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This calendar with one more year covered and its arrangement added. Entries may fall in a
     * neighbouring year, as arrangements sometimes do; they are merged with what is there.
     *
     * @param year the year whose whole arrangement {@code entries} holds
     * @param entries every day off and make-up working day of that year's arrangement
     * @throws IllegalArgumentException if an entry contradicts one already held for the same date
     */
    public WorkingCalendar withEntries(Year year, Collection<CalendarDay> entries) {
        return new Builder(this).cover(year).addAll(entries).build();
    }

    /** The years this calendar can answer for, in ascending order. */
    public Set<Year> coveredYears() {
        return arrangements.coveredYears();
    }

    /** Every day off and make-up working day held, in date order. */
    public List<CalendarDay> entries() {
        return List.copyOf(arrangements.entries().values());
    }

    /**
     * Whether {@code date} is a working day.
     *
     * @throws CalendarNotCoveredException if the calendar does not cover the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarDay entry = requireCovered(date).entries().get(date);
        if (entry != null) {
            return entry.kind() == DayKind.MAKE_UP_WORKING_DAY;
        }
        return !CalendarDay.isWeekend(date);
    }

    /**
     * The day on which {@code n} working days after {@code start} have passed: the deadline of a
     * time limit of {@code n} working days starting on {@code start}. The start day itself does not
     * count, so it need not be a working day, nor in a covered year. With {@code n == 0} the
     * answer is {@code start}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarNotCoveredException if the count runs into a year the calendar does not cover
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        LocalDate day = start;
        int remaining = n;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * As {@link #addWorkingDays(LocalDate, int)}, for a time limit held as a value.
     *
     * @throws CalendarNotCoveredException if the count runs into a year the calendar does not cover
     */
    public LocalDate addWorkingDays(LocalDate start, WorkingDays n) {
        return addWorkingDays(start, n.value());
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including
     * {@code toInclusive}: the working days a case accepted on {@code fromExclusive} has used by
     * the end of {@code toInclusive}. The inverse of {@link #addWorkingDays(LocalDate, int)}.
     *
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
     * @throws CalendarNotCoveredException if a day counted lies in a year the calendar does not
     *     cover
     */
    public WorkingDays workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return WorkingDays.of(count);
    }

    /**
     * The first working day strictly after {@code date}.
     *
     * @throws CalendarNotCoveredException if it would lie in a year the calendar does not cover
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    private Arrangements requireCovered(LocalDate date) {
        Year year = Year.from(date);
        Arrangements held = arrangements;
        if (held.coveredYears().contains(year)) {
            return held;
        }
        if (refresh() && arrangements.coveredYears().contains(year)) {
            return arrangements;
        }
        throw new CalendarNotCoveredException(date, arrangements.coveredYears());
    }

    /**
     * Assembles a {@link WorkingCalendar} from declared years and their arrangement entries.
     * Not thread-safe; the calendar it builds is.
     */
    public static final class Builder {

        private final SortedSet<Year> coveredYears = new TreeSet<>();
        private final NavigableMap<LocalDate, CalendarDay> entries = new TreeMap<>();

        private Builder() {}

        private Builder(WorkingCalendar calendar) {
            Arrangements held = calendar.arrangements;
            coveredYears.addAll(held.coveredYears());
            entries.putAll(held.entries());
        }

        /** Declares that the entries added hold the whole arrangement of {@code year}. */
        public Builder cover(Year year) {
            coveredYears.add(Objects.requireNonNull(year, "year"));
            return this;
        }

        /** Declares {@code year} covered; see {@link #cover(Year)}. */
        public Builder cover(int year) {
            return cover(Year.of(year));
        }

        /**
         * Adds one day off or make-up working day. Adding the same entry twice is harmless.
         *
         * @throws IllegalArgumentException if it contradicts an entry already added for the date
         */
        public Builder add(CalendarDay day) {
            Objects.requireNonNull(day, "day");
            CalendarDay existing = entries.putIfAbsent(day.date(), day);
            if (existing != null && !existing.equals(day)) {
                throw new IllegalArgumentException("Conflicting calendar entries for " + day.date() + ": "
                        + existing.kind() + " (" + existing.holiday() + ") and " + day.kind() + " ("
                        + day.holiday() + ")");
            }
            return this;
        }

        /**
         * Adds several entries; see {@link #add(CalendarDay)}.
         *
         * @throws IllegalArgumentException if one contradicts an entry already added
         */
        public Builder addAll(Collection<CalendarDay> days) {
            days.forEach(this::add);
            return this;
        }

        /**
         * The calendar.
         *
         * @throws IllegalStateException if no year is covered, since such a calendar could answer
         *     nothing
         */
        public WorkingCalendar build() {
            if (coveredYears.isEmpty()) {
                throw new IllegalStateException("A working calendar must cover at least one year");
            }
            return new WorkingCalendar(new Arrangements(coveredYears, entries), null);
        }
    }

    // Holder idiom: the resource is parsed once, on first use, without locking on every call.
    private static final class OfficialChina {

        static final WorkingCalendar CALENDAR = load();

        private static WorkingCalendar load() {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(OFFICIAL_CHINA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing calendar resource " + OFFICIAL_CHINA_RESOURCE);
                }
                return CalendarData.read(new InputStreamReader(in, StandardCharsets.UTF_8), OFFICIAL_CHINA_RESOURCE)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read calendar resource " + OFFICIAL_CHINA_RESOURCE, e);
            }
        }
    }
}
