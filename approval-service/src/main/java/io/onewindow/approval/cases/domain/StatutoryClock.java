package io.onewindow.approval.cases.domain;

import io.onewindow.approval.catalog.domain.MatterDefinition;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.DeadlineChange;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The statutory working-day clock of one case: the Art. 32 notice period from receipt, acceptance,
 * the statutory and promised time limits counted from it, the one Art. 42 extension, the Art. 45
 * periods the clock stands still, and the recount when an official calendar year replaces a
 * provisional one. It knows no case state; the case asks it and guards its transitions.
 */
public final class StatutoryClock {

    /** Art. 42: one extension of at most 10 working days. */
    public static final int MAX_EXTENSION = 10;

    /** The longest art. 45 procedure one suspension may announce, in working days. */
    static final int MAX_SUSPENSION = 250;

    private final int statutoryLimit;
    private final int promisedLimit;
    private Instant receivedAt;
    private LocalDate receivedOn;
    private LocalDate art32Deadline;
    private Instant acceptedAt;
    private LocalDate acceptedOn;
    private boolean acceptedAutomatically;
    private String acceptedBy;
    private int extensionWorkingDays;
    private String extensionReason;
    private List<Suspension> suspensions;
    private Instant closedAt;
    private LocalDate closedOn;
    // The official years the deadlines were counted on: stamped whenever they are counted, so
    // recounting a newly official year touches only cases counted while it was provisional.
    private Set<Integer> officialYearsCounted;

    /** A clock for a new application of {@code matter}; it starts on receipt. */
    StatutoryClock(MatterDefinition matter) {
        this.statutoryLimit = matter.statutoryLimitWorkingDays();
        this.promisedLimit = matter.promisedLimitWorkingDays();
        this.suspensions = new ArrayList<>();
    }

    /** The clock as stored. */
    static StatutoryClock restore(MatterDefinition matter, CaseSnapshot stored) {
        StatutoryClock clock = new StatutoryClock(matter);
        clock.receivedAt = stored.receivedAt();
        clock.receivedOn = stored.receivedOn();
        clock.art32Deadline = stored.art32Deadline();
        clock.acceptedAt = stored.acceptedAt();
        clock.acceptedOn = stored.acceptedOn();
        clock.acceptedAutomatically = stored.acceptedAutomatically();
        clock.acceptedBy = stored.acceptedBy();
        clock.extensionWorkingDays = stored.extensionWorkingDays();
        clock.extensionReason = stored.extensionReason();
        clock.suspensions = stored.suspensions() == null ? new ArrayList<>() : new ArrayList<>(stored.suspensions());
        clock.closedAt = stored.closedAt();
        clock.closedOn = stored.closedOn();
        clock.officialYearsCounted =
                stored.officialYearsCounted() == null ? null : new HashSet<>(stored.officialYearsCounted());
        return clock;
    }

    // ---- receipt and acceptance (Art. 32) ------------------------------------------------------

    /** The application is received (again): the notice period of {@code noticeWorkingDays} starts. */
    void receive(Instant now, LocalDate today, WorkingCalendar calendar, int noticeWorkingDays) {
        receivedAt = now;
        receivedOn = today;
        art32Deadline = calendar.addWorkingDays(today, noticeWorkingDays);
        countedOn(calendar);
    }

    /** Whether the Art. 32 period for a notice or an acceptance is over on {@code today}. */
    boolean noticePeriodOverOn(LocalDate today) {
        return today.isAfter(art32Deadline);
    }

    /** Starts the clock: accepted at {@code at}, on {@code day} (not counted). */
    void accept(String by, Instant at, LocalDate day, boolean automatic, WorkingCalendar calendar) {
        acceptedAt = at;
        acceptedOn = day;
        acceptedAutomatically = automatic;
        acceptedBy = by;
        countedOn(calendar);
    }

    /** Stops the clock for good: the case is closed. */
    void close(Instant at, LocalDate day) {
        closedAt = at;
        closedOn = day;
    }

    // ---- Art. 45 and Art. 42 ----------------------------------------------------------------

    /** Stands still for an art. 45 procedure, announcing its expected length. */
    Suspension suspend(
            SuspensionProcedure procedure, String reason, int expectedWorkingDays, LocalDate today, Instant now) {
        if (isSuspended()) {
            throw new ConflictException("clock.already-suspended", "the clock already stands still");
        }
        ApplicationCase.requireText(reason, "reason", "clock.reason-required");
        if (expectedWorkingDays < 1 || expectedWorkingDays > MAX_SUSPENSION) {
            throw new InvalidValueException(
                    "clock.invalid-expected-length", "expectedWorkingDays", "1 to " + MAX_SUSPENSION + " working days");
        }
        Suspension started = new Suspension(procedure, reason, expectedWorkingDays, today, now, null, null, 0);
        suspensions.add(started);
        return started;
    }

    /** Runs again; the working days it stood still move both due dates. Returns the ended period. */
    Suspension resume(LocalDate today, Instant now, WorkingCalendar calendar) {
        if (!isSuspended()) {
            throw new ConflictException("clock.not-suspended", "the clock is running");
        }
        Suspension ongoing = suspensions.remove(suspensions.size() - 1);
        int paused = calendar.workingDaysBetween(ongoing.startedOn(), today).value();
        countedOn(calendar);
        Suspension ended = new Suspension(
                ongoing.procedure(),
                ongoing.reason(),
                ongoing.expectedWorkingDays(),
                ongoing.startedOn(),
                ongoing.startedAt(),
                today,
                now,
                paused);
        suspensions.add(ended);
        return ended;
    }

    /** The one extension of art. 42: at most {@link #MAX_EXTENSION} working days, with a reason. */
    void extend(int extraWorkingDays, String reason, WorkingCalendar calendar) {
        if (extensionWorkingDays > 0) {
            throw new ConflictException("clock.already-extended", "the time limit can be extended once");
        }
        if (extraWorkingDays < 1 || extraWorkingDays > MAX_EXTENSION) {
            throw new InvalidValueException(
                    "clock.extension-too-long",
                    "workingDays",
                    "an extension is 1 to " + MAX_EXTENSION + " working days");
        }
        ApplicationCase.requireText(reason, "reason", "clock.reason-required");
        extensionWorkingDays = extraWorkingDays;
        extensionReason = reason;
        countedOn(calendar);
    }

    /** Refuses while the clock stands still. */
    void requireRunning() {
        if (isSuspended()) {
            throw new ConflictException("clock.suspended", "the clock stands still for an art. 45 procedure");
        }
    }

    // ---- counting ---------------------------------------------------------------------------

    /** Acceptance + statutory limit + extension + the working days the clock stood still. */
    public LocalDate statutoryDueDate(WorkingCalendar calendar) {
        return calendar.addWorkingDays(acceptedOn, statutoryLimit + extensionWorkingDays + pausedWorkingDays());
    }

    /** Acceptance + promised limit + the working days the clock stood still (the extension is statutory only). */
    public LocalDate promisedDueDate(WorkingCalendar calendar) {
        return calendar.addWorkingDays(acceptedOn, promisedLimit + pausedWorkingDays());
    }

    /** Whether the statutory due date rests on a provisional calendar year. */
    boolean statutoryDueIsProvisional(WorkingCalendar calendar) {
        return calendar.restsOnProvisional(acceptedOn, statutoryDueDate(calendar));
    }

    /** Whether the promised due date rests on a provisional calendar year. */
    boolean promisedDueIsProvisional(WorkingCalendar calendar) {
        return calendar.restsOnProvisional(acceptedOn, promisedDueDate(calendar));
    }

    /** The working days counted from acceptance up to {@code until}, the days it stood still excluded. */
    int workingDaysUsed(WorkingCalendar calendar, LocalDate until) {
        if (acceptedOn == null || !until.isAfter(acceptedOn)) {
            return 0;
        }
        int counted = calendar.workingDaysBetween(acceptedOn, until).value();
        int paused = pausedWorkingDays();
        for (Suspension s : suspensions) {
            if (s.isOngoing() && until.isAfter(s.startedOn())) {
                paused += calendar.workingDaysBetween(s.startedOn(), until).value();
            }
        }
        return Math.max(0, counted - paused);
    }

    /** The working days the clock stood still in procedures that started on or after {@code since}. */
    int pausedSince(LocalDate since) {
        return suspensions.stream()
                .filter(s -> !s.startedOn().isBefore(since))
                .mapToInt(Suspension::pausedWorkingDays)
                .sum();
    }

    private int pausedWorkingDays() {
        return suspensions.stream().mapToInt(Suspension::pausedWorkingDays).sum();
    }

    public boolean isSuspended() {
        return !suspensions.isEmpty() && suspensions.get(suspensions.size() - 1).isOngoing();
    }

    /** The clock as of {@code today}. */
    public ClockView view(WorkingCalendar calendar, LocalDate today) {
        if (acceptedOn == null) {
            return new ClockView(null, null, null, 0, 0, 0, 0, false, List.copyOf(suspensions), art32Deadline);
        }
        LocalDate until = closedOn != null ? closedOn : today;
        int used = workingDaysUsed(calendar, until);
        return new ClockView(
                acceptedOn,
                statutoryDueDate(calendar),
                promisedDueDate(calendar),
                used,
                statutoryLimit + extensionWorkingDays - used,
                promisedLimit - used,
                extensionWorkingDays,
                isSuspended(),
                List.copyOf(suspensions),
                null);
    }

    /**
     * Which of the dates rest on a provisional calendar year (临时推算): they are shown so and may
     * move when the official arrangement is entered.
     */
    public ProvisionalDates provisionalDates(WorkingCalendar calendar) {
        if (acceptedOn == null) {
            // The art. 32 deadline matters only until the case is accepted.
            return new ProvisionalDates(
                    false,
                    false,
                    art32Deadline != null
                            && receivedOn != null
                            && calendar.restsOnProvisional(receivedOn, art32Deadline));
        }
        return new ProvisionalDates(statutoryDueIsProvisional(calendar), promisedDueIsProvisional(calendar), false);
    }

    /**
     * Whether each date rests on a provisional calendar year.
     *
     * @param statutoryDueDate the statutory due date
     * @param promisedDueDate the promised due date
     * @param art32Deadline the art. 32 notice deadline
     */
    public record ProvisionalDates(boolean statutoryDueDate, boolean promisedDueDate, boolean art32Deadline) {

        /** Whether any date is provisional. */
        public boolean any() {
            return statutoryDueDate || promisedDueDate || art32Deadline;
        }
    }

    // ---- calendar changes -------------------------------------------------------------------

    /** Whether the deadlines were not yet counted on {@code year}'s official arrangement. */
    boolean awaitsRecomputationFor(int year) {
        return officialYearsCounted == null || !officialYearsCounted.contains(year);
    }

    /**
     * Counts the deadlines again on {@code after}, where {@code year} became official: the art. 32
     * notice deadline before acceptance; after it the statutory and promised due dates, the limit of
     * {@code currentStep} (counted from {@code stepSince}) and the announced end of an ongoing
     * art. 45 procedure. The working days already used do not change.
     *
     * @param currentStep the review step under way, or {@code null}
     * @return each deadline that moved or stopped (or started) resting on a provisional year
     */
    List<DeadlineChange> recount(
            int year, WorkingCalendar before, WorkingCalendar after, ProcessStep currentStep, LocalDate stepSince) {
        officialYearsCounted = officialYearsCounted == null ? new HashSet<>() : new HashSet<>(officialYearsCounted);
        officialYearsCounted.add(year);
        List<DeadlineChange> changes = new ArrayList<>();
        if (acceptedOn == null && art32Deadline != null && receivedOn != null) {
            int noticeDays =
                    before.workingDaysBetween(receivedOn, art32Deadline).value();
            LocalDate moved = compare(
                    changes,
                    "art32-notice",
                    receivedOn,
                    c -> art32Deadline,
                    c -> c.addWorkingDays(receivedOn, noticeDays),
                    before,
                    after);
            art32Deadline = moved == null ? art32Deadline : moved;
        }
        if (acceptedOn != null) {
            // The days the clock stood still were counted on the provisional year too: count the
            // ended procedures again first, so the due dates rest on the official year only.
            LocalDate previousStatutory = countable(() -> statutoryDueDate(before));
            LocalDate previousPromised = countable(() -> promisedDueDate(before));
            suspensions = new ArrayList<>(suspensions.stream()
                    .map(p -> p.isOngoing() ? p : recounted(p, after))
                    .toList());
            if (previousStatutory != null) {
                compare(
                        changes,
                        "statutory",
                        acceptedOn,
                        c -> previousStatutory,
                        this::statutoryDueDate,
                        before,
                        after);
            }
            if (previousPromised != null) {
                compare(changes, "promised", acceptedOn, c -> previousPromised, this::promisedDueDate, before, after);
            }
            if (currentStep != null && currentStep.limitWorkingDays() > 0) {
                Function<WorkingCalendar, LocalDate> stepDue =
                        c -> c.addWorkingDays(stepSince, currentStep.limitWorkingDays());
                compare(changes, "step:" + currentStep.code(), stepSince, stepDue, stepDue, before, after);
            }
            suspensions.stream().filter(Suspension::isOngoing).findFirst().ifPresent(ongoing -> {
                Function<WorkingCalendar, LocalDate> end =
                        c -> c.addWorkingDays(ongoing.startedOn(), ongoing.expectedWorkingDays());
                compare(changes, "suspension", ongoing.startedOn(), end, end, before, after);
            });
        }
        return changes;
    }

    private static Suspension recounted(Suspension ended, WorkingCalendar calendar) {
        try {
            return new Suspension(
                    ended.procedure(),
                    ended.reason(),
                    ended.expectedWorkingDays(),
                    ended.startedOn(),
                    ended.startedAt(),
                    ended.endedOn(),
                    ended.endedAt(),
                    calendar.workingDaysBetween(ended.startedOn(), ended.endedOn())
                            .value());
        } catch (CalendarNotCoveredException beyondTheHorizon) {
            return ended;
        }
    }

    private static LocalDate countable(Supplier<LocalDate> count) {
        try {
            return count.get();
        } catch (CalendarNotCoveredException beyondTheHorizon) {
            return null;
        }
    }

    // Adds a change when the deadline moved or stopped (or started) resting on a provisional year;
    // returns the new date, or null when it cannot be counted on one of the calendars.
    private static LocalDate compare(
            List<DeadlineChange> changes,
            String name,
            LocalDate start,
            Function<WorkingCalendar, LocalDate> was,
            Function<WorkingCalendar, LocalDate> is,
            WorkingCalendar before,
            WorkingCalendar after) {
        LocalDate previous;
        LocalDate current;
        try {
            previous = was.apply(before);
            current = is.apply(after);
        } catch (CalendarNotCoveredException beyondTheHorizon) {
            return null;
        }
        boolean wasProvisional = before.restsOnProvisional(start, previous);
        boolean isProvisional = after.restsOnProvisional(start, current);
        if (!previous.equals(current) || wasProvisional != isProvisional) {
            changes.add(new DeadlineChange(name, previous, current, isProvisional));
        }
        return current;
    }

    private void countedOn(WorkingCalendar calendar) {
        Set<Integer> years = officialYearsCounted == null ? new HashSet<>() : new HashSet<>(officialYearsCounted);
        calendar.officialYears().forEach(y -> years.add(y.getValue()));
        officialYearsCounted = years;
    }

    // ---- what the case and its store read ---------------------------------------------------

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate art32Deadline() {
        return art32Deadline;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public boolean acceptedAutomatically() {
        return acceptedAutomatically;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public int extensionWorkingDays() {
        return extensionWorkingDays;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public List<Suspension> suspensions() {
        return List.copyOf(suspensions);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    Set<Integer> officialYearsCounted() {
        return officialYearsCounted == null ? null : Set.copyOf(officialYearsCounted);
    }
}
