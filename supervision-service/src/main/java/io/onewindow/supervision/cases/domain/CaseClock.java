package io.onewindow.supervision.cases.domain;

import io.onewindow.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * The working-day clock of a case on the official calendar, and the card it shows. Paused periods
 * (art. 45 procedures) are not counted: the approval service moves the due dates by them, and the
 * clock subtracts them from both the limit and the days used, so the ratio stays honest.
 *
 * @param calendar the official working-day calendar
 * @param zone the zone of the district's calendar
 * @param cards the card rule: when the card turns yellow and red
 */
public record CaseClock(WorkingCalendar calendar, ZoneId zone, CardRule cards) {

    public CaseClock {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cards, "cards");
    }

    /** A clock whose card turns yellow at {@code yellowPercent} of the promised limit. */
    public CaseClock(WorkingCalendar calendar, ZoneId zone, int yellowPercent) {
        this(calendar, zone, new CardRule(yellowPercent));
    }

    /** The day the clock stops at: completion, the start of a pause, or today. */
    public LocalDate countedUntil(CaseTimeline c, LocalDate today) {
        if (c.completedAt() != null) {
            return LocalDate.ofInstant(c.completedAt(), zone);
        }
        if (c.deadlines().suspendedSince() != null
                && c.deadlines().suspendedSince().isBefore(today)) {
            return c.deadlines().suspendedSince();
        }
        return today;
    }

    /** Working days used since acceptance (the acceptance day not counted), pauses excluded. */
    public int workingDaysUsed(CaseTimeline c, LocalDate today) {
        if (c.acceptedAt() == null) {
            return 0;
        }
        LocalDate accepted = LocalDate.ofInstant(c.acceptedAt(), zone);
        LocalDate until = countedUntil(c, today);
        if (!until.isAfter(accepted)) {
            return 0;
        }
        return Math.max(
                0,
                calendar.workingDaysBetween(accepted, until).value()
                        - c.deadlines().pausedWorkingDays());
    }

    /** The promised limit in working days as the due date gives it, pauses excluded. */
    public int promisedLimit(CaseTimeline c) {
        LocalDate accepted = LocalDate.ofInstant(c.acceptedAt(), zone);
        if (!c.deadlines().promisedDueDate().isAfter(accepted)) {
            return 0;
        }
        return Math.max(
                0,
                calendar.workingDaysBetween(accepted, c.deadlines().promisedDueDate())
                                .value()
                        - c.deadlines().pausedWorkingDays());
    }

    /** Working days left to the promised due date; negative when overdue. */
    public int workingDaysLeft(CaseTimeline c, LocalDate today) {
        if (c.acceptedAt() == null || c.deadlines().promisedDueDate() == null) {
            return 0;
        }
        return promisedLimit(c) - workingDaysUsed(c, today);
    }

    /** The card ({@link CardRule}): none before acceptance, then as the card rule says. */
    public CardColour cardOf(CaseTimeline c, LocalDate today) {
        if (c.acceptedAt() == null || c.deadlines().promisedDueDate() == null) {
            return CardColour.NONE;
        }
        return cards.colour(
                countedUntil(c, today),
                c.deadlines().promisedDueDate(),
                c.completedAt() != null,
                decidedOnTheSpot(c),
                () -> workingDaysUsed(c, today),
                () -> promisedLimit(c));
    }

    /**
     * Whether the case was decided on the spot (即办): accepted with a promised limit of no working
     * day (due on the acceptance day or before), or decided (or completed) on the day it was
     * accepted. Such a case raises no yellow card and no near-deadline warning; it can still be late.
     */
    public boolean decidedOnTheSpot(CaseTimeline c) {
        return decidedOnTheSpot(c, zone);
    }

    /** {@link #decidedOnTheSpot(CaseTimeline)} in {@code zone}, for figures that have no clock. */
    public static boolean decidedOnTheSpot(CaseTimeline c, java.time.ZoneId zone) {
        if (c.acceptedAt() == null) {
            return false;
        }
        LocalDate accepted = LocalDate.ofInstant(c.acceptedAt(), zone);
        if (c.deadlines().promisedDueDate() != null
                && !c.deadlines().promisedDueDate().isAfter(accepted)) {
            return true;
        }
        return sameDay(c.decidedAt(), accepted, zone) || sameDay(c.completedAt(), accepted, zone);
    }

    private static boolean sameDay(Instant at, LocalDate day, java.time.ZoneId zone) {
        return at != null && !LocalDate.ofInstant(at, zone).isAfter(day);
    }

    /**
     * Whether the promised due date rests on a provisional calendar year (shown as 临时推算): the
     * approval service said so, or a day between acceptance and the date lies in a year this
     * calendar answers only provisionally (dates from events that predate the flag, or from partner
     * systems). Never throws: it looks at years, not days.
     */
    public boolean promisedDueProvisional(CaseTimeline c) {
        return c.deadlines().promisedDueDate() != null
                && (c.deadlines().promisedDueProvisional()
                        || restsOnProvisional(c, c.deadlines().promisedDueDate()));
    }

    /** The same for the statutory due date. */
    public boolean statutoryDueProvisional(CaseTimeline c) {
        return c.deadlines().statutoryDueDate() != null
                && (c.deadlines().statutoryDueProvisional()
                        || restsOnProvisional(c, c.deadlines().statutoryDueDate()));
    }

    /**
     * Whether the clock (working days used and left) counts a day of a provisional calendar year:
     * one between acceptance and the later of the day it stops at and the promised due date, or a
     * provisional promised due date. Never throws.
     */
    public boolean clockProvisional(CaseTimeline c, LocalDate today) {
        if (c.acceptedAt() == null) {
            return false;
        }
        LocalDate until = countedUntil(c, today);
        LocalDate due = c.deadlines().promisedDueDate();
        LocalDate end = due != null && due.isAfter(until) ? due : until;
        return restsOnProvisional(c, end) || promisedDueProvisional(c);
    }

    private boolean restsOnProvisional(CaseTimeline c, LocalDate date) {
        if (c.acceptedAt() == null) {
            return calendar.isProvisional(date);
        }
        return calendar.restsOnProvisional(LocalDate.ofInstant(c.acceptedAt(), zone), date);
    }

    /** Today in the district's zone, by {@code clock}. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The day an event is judged on: the day of the timeline's latest event, or {@code today} when
     * that is today or later. A consumer that lags (or a replay) must not find "no notice within
     * five days" in a case whose acceptance is simply the next event in the queue; time alone moves
     * the rest on, in the sweep.
     */
    public LocalDate judgedOn(CaseTimeline c, LocalDate today) {
        return c.entries().stream()
                .map(TimelineEntry::at)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, zone))
                .filter(day -> day.isBefore(today))
                .orElse(today);
    }

    /** Whether the clock has run past the statutory due date. */
    public boolean pastStatutoryLimit(CaseTimeline c, LocalDate today) {
        return c.deadlines().statutoryDueDate() != null
                && countedUntil(c, today).isAfter(c.deadlines().statutoryDueDate());
    }
}
