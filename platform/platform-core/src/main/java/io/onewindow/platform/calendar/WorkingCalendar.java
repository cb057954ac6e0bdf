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
 * arrangement late in the year before, so official years are added as data ({@link #withEntries}).
 *
 * <p>A hall cannot stop counting while the notice is awaited, so a calendar may also answer for a
 * few <em>provisional</em> years after its last official one ({@link Builder#provisionalYearsAhead}):
 * their days off are derived from the holiday law ({@link HolidayLaw}), without the swapped
 * weekends only a notice can give. Every answer that rests on a provisional day can say so
 * ({@link #isProvisional}, {@link #dueDate}, {@link #restsOnProvisional}), and an official year
 * later replaces the provisional one. Anything that needs a day beyond the provisional horizon
 * throws {@link CalendarNotCoveredException} instead of guessing with the Monday-to-Friday rule.
 *
 * <p>Coverage is declared per year rather than inferred from the entries, because an
 * arrangement can reach into the neighbouring year (the 2012 New Year arrangement made
 * 2011-12-31 a working day), and one such entry must not make a whole year look covered.
 *
 * <p>Thread-safe. A calendar made by {@link #officialChina()}, {@link #builder()} or
 * {@link #withEntries} is immutable. A {@linkplain #growing growing} calendar only ever gains
 * years: when a question needs a year it lacks, or on {@link #refresh()}, it asks its
 * {@link CoverageSource} for more before refusing, so a year published after start-up is used
 * without a restart; the official years it holds never change or go away, and a provisional year
 * only ever gives way to its official arrangement.
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

    private record Arrangements(
            SortedSet<Year> coveredYears, NavigableMap<LocalDate, CalendarDay> entries, int provisionalAhead) {
        Arrangements {
            coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
            entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
        }

        // Every year after the first official one, up to {@code provisionalAhead} years after the
        // last official one, that has no official arrangement.
        SortedSet<Year> provisionalYears() {
            SortedSet<Year> years = new TreeSet<>();
            if (provisionalAhead == 0 || coveredYears.isEmpty()) {
                return years;
            }
            Year last = coveredYears.last().plusYears(provisionalAhead);
            for (Year y = coveredYears.first(); !y.isAfter(last); y = y.plusYears(1)) {
                if (!coveredYears.contains(y)) {
                    years.add(y);
                }
            }
            return years;
        }

        boolean isProvisional(Year year) {
            return !coveredYears.contains(year)
                    && provisionalAhead > 0
                    && !coveredYears.isEmpty()
                    && year.isAfter(coveredYears.first())
                    && !year.isAfter(coveredYears.last().plusYears(provisionalAhead));
        }

        Optional<Year> horizon() {
            return coveredYears.isEmpty()
                    ? Optional.empty()
                    : Optional.of(coveredYears.last().plusYears(provisionalAhead));
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
        // The initial calendar's provisional horizon is kept; see Builder#provisionalYearsAhead.
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
            Arrangements offeredYears = offered.get().arrangements;
            Arrangements wider =
                    new Arrangements(offeredYears.coveredYears(), offeredYears.entries(), now.provisionalAhead());
            if (!now.isExtendedBy(wider)) {
                return now != current;
            }
            arrangements = wider;
            return true;
        }
    }

    /**
     * The official mainland China arrangement shipped with the platform (2025 and 2026), with the
     * {@linkplain #DEFAULT_PROVISIONAL_YEARS_AHEAD default} provisional years after it. Later
     * years are added with {@link #withEntries} as the State Council publishes them.
     */
    public static WorkingCalendar officialChina() {
        return OfficialChina.CALENDAR;
    }

    /**
     * The official years shipped, with {@code provisionalYearsAhead} provisional years after the
     * last official one (0 for none).
     */
    public static WorkingCalendar officialChina(int provisionalYearsAhead) {
        return OfficialChina.CALENDAR.withProvisionalYearsAhead(provisionalYearsAhead);
    }

    /**
     * How many years after the last official one are answered provisionally by default: two, so
     * that in the weeks before next year's notice is entered every limit, slot and complaint
     * deadline of the normal range can be counted.
     */
    public static final int DEFAULT_PROVISIONAL_YEARS_AHEAD = 2;

    /** This calendar's official years with {@code years} provisional years after the last one. */
    public WorkingCalendar withProvisionalYearsAhead(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("Provisional years ahead cannot be negative: " + years);
        }
        Arrangements held = arrangements;
        return new WorkingCalendar(new Arrangements(held.coveredYears(), held.entries(), years), source);
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

    /**
     * A fixed copy of this calendar as it was before {@code year}'s official arrangement was
     * entered: the year (and its entries) answered provisionally again. Used to tell which
     * deadlines an official year moved. The copy does not grow.
     */
    public WorkingCalendar asIfProvisional(Year year) {
        Arrangements held = arrangements;
        if (!held.coveredYears().contains(year)) {
            return new WorkingCalendar(held, null);
        }
        SortedSet<Year> years = new TreeSet<>(held.coveredYears());
        years.remove(year);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("The only official year " + year + " cannot be made provisional");
        }
        NavigableMap<LocalDate, CalendarDay> entries = new TreeMap<>(held.entries());
        entries.keySet().removeIf(d -> d.getYear() == year.getValue());
        // The horizon stays where it is, so the copy answers every year this calendar answers.
        int ahead = year.equals(held.coveredYears().last())
                ? held.provisionalAhead() + (year.getValue() - years.last().getValue())
                : held.provisionalAhead();
        return new WorkingCalendar(new Arrangements(years, entries, ahead), null);
    }

    /** The years this calendar holds an official arrangement for, in ascending order. */
    public Set<Year> coveredYears() {
        return arrangements.coveredYears();
    }

    /** The years with an official arrangement; the same as {@link #coveredYears()}. */
    public Set<Year> officialYears() {
        return arrangements.coveredYears();
    }

    /**
     * The years answered provisionally from the holiday law, in ascending order: those after the
     * first official year, up to the {@linkplain #provisionalHorizon() horizon}, without an
     * official arrangement.
     */
    public Set<Year> provisionalYears() {
        return Collections.unmodifiableSortedSet(arrangements.provisionalYears());
    }

    /** Every year this calendar answers for, official or provisional, in ascending order. */
    public Set<Year> answerableYears() {
        SortedSet<Year> all = new TreeSet<>(arrangements.coveredYears());
        all.addAll(arrangements.provisionalYears());
        return Collections.unmodifiableSortedSet(all);
    }

    /** The last year answered at all; past it questions are refused. */
    public Optional<Year> provisionalHorizon() {
        return arrangements.horizon();
    }

    /** Whether {@code year} is held with its official arrangement. */
    public boolean isOfficial(Year year) {
        return arrangements.coveredYears().contains(year);
    }

    /** Whether {@code date} lies in a year answered only provisionally. */
    public boolean isProvisional(LocalDate date) {
        return arrangements.isProvisional(Year.from(date));
    }

    /**
     * Whether any day after {@code fromExclusive} up to and including {@code toInclusive} lies in a
     * provisional year: whether a count over those days could change when an official year is
     * entered. An empty or reversed range rests on nothing.
     */
    public boolean restsOnProvisional(LocalDate fromExclusive, LocalDate toInclusive) {
        Arrangements held = arrangements;
        if (!toInclusive.isAfter(fromExclusive)) {
            return false;
        }
        for (Year y = Year.from(fromExclusive.plusDays(1)); !y.isAfter(Year.from(toInclusive)); y = y.plusYears(1)) {
            if (held.isProvisional(y)) {
                return true;
            }
        }
        return false;
    }

    /** Every official day off and make-up working day held, in date order. */
    public List<CalendarDay> entries() {
        return List.copyOf(arrangements.entries().values());
    }

    /**
     * The arrangement this calendar answers {@code year} with: the official one, or the one
     * derived from the holiday law for a provisional year.
     *
     * @throws CalendarNotCoveredException if the year is neither official nor provisional
     */
    public YearArrangement arrangementOf(Year year) {
        Arrangements held = requireCovered(year.atDay(1));
        if (held.coveredYears().contains(year)) {
            return YearArrangement.of(this, year);
        }
        return HolidayLaw.provisionalArrangement(year);
    }

    /**
     * Whether {@code date} is a working day.
     *
     * @throws CalendarNotCoveredException if the calendar does not cover the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Arrangements held = requireCovered(date);
        // An official arrangement may reach into the next year; what it says there is official.
        CalendarDay entry = held.entries().get(date);
        if (entry == null && !held.coveredYears().contains(Year.from(date))) {
            entry = HolidayLaw.provisionalArrangement(Year.from(date)).entryOn(date);
        }
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
     * As {@link #addWorkingDays(LocalDate, int)}, saying whether the answer rests on a provisional
     * day (and so may move when the official year is entered).
     *
     * @throws CalendarNotCoveredException if the count runs past the provisional horizon
     */
    public DueDate dueDate(LocalDate start, int n) {
        LocalDate date = addWorkingDays(start, n);
        return new DueDate(date, restsOnProvisional(start, date));
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
        if (held.isProvisional(year)) {
            // The official year may have been published meanwhile; the source says how often it looks.
            return source != null && refresh() ? arrangements : held;
        }
        if (refresh()) {
            Arrangements now = arrangements;
            if (now.coveredYears().contains(year) || now.isProvisional(year)) {
                return now;
            }
        }
        Arrangements now = arrangements;
        throw new CalendarNotCoveredException(
                date, now.coveredYears(), now.provisionalYears(), now.horizon().orElse(null));
    }

    /**
     * Assembles a {@link WorkingCalendar} from declared years and their arrangement entries.
     * Not thread-safe; the calendar it builds is.
     */
    public static final class Builder {

        private final SortedSet<Year> coveredYears = new TreeSet<>();
        private final NavigableMap<LocalDate, CalendarDay> entries = new TreeMap<>();
        private int provisionalAhead;

        private Builder() {}

        private Builder(WorkingCalendar calendar) {
            Arrangements held = calendar.arrangements;
            coveredYears.addAll(held.coveredYears());
            entries.putAll(held.entries());
            provisionalAhead = held.provisionalAhead();
        }

        /**
         * Answers {@code years} years after the last official one provisionally, from the holiday
         * law (and any year between official ones that lacks its arrangement). 0, the default of
         * an empty builder, answers official years only.
         */
        public Builder provisionalYearsAhead(int years) {
            if (years < 0) {
                throw new IllegalArgumentException("Provisional years ahead cannot be negative: " + years);
            }
            provisionalAhead = years;
            return this;
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
            return new WorkingCalendar(new Arrangements(coveredYears, entries, provisionalAhead), null);
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
                        .provisionalYearsAhead(DEFAULT_PROVISIONAL_YEARS_AHEAD)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read calendar resource " + OFFICIAL_CHINA_RESOURCE, e);
            }
        }
    }
}
