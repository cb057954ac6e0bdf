package io.onewindow.supervision.cases.domain;

import java.time.LocalDate;
import java.util.function.IntSupplier;

/**
 * The deadline card rule (红黄绿牌), the one place its thresholds live; the case clock shows the card
 * with it and rule 1 ({@code DeadlineRule}) dates the yellow card with it.
 *
 * <ul>
 *   <li><b>Red</b> once the clock runs past the promised due date: the day it stops at (today, the
 *       start of a pause, or completion) is <em>after</em> the due date. On the due date itself —
 *       100 % of the limit used — the case is not overdue and the card is yellow.
 *   <li><b>Yellow</b> once {@code yellowPercent} of the promised limit (in working days) is used:
 *       {@code used × 100 ≥ limit × yellowPercent}; exactly 90 % of the limit is yellow, anything
 *       below is green.
 *   <li>A case decided on the spot (即办: a promised limit of 0 working days, or decided on the day
 *       it was accepted) never turns yellow: it is green until it runs past its due date, then red.
 *       There is no share of a limit to warn about.
 *   <li>A completed case is green when it finished in time, red when it finished late.
 * </ul>
 *
 * @param yellowPercent share of the promised limit used at which the card turns yellow, 1..100
 */
public record CardRule(int yellowPercent) {

    public CardRule {
        if (yellowPercent < 1 || yellowPercent > 100) {
            throw new IllegalArgumentException("yellow-percent must be 1..100, got " + yellowPercent);
        }
    }

    /**
     * The card of an accepted case. {@code used} and {@code limit} (working days, pauses excluded)
     * are asked only when the date alone does not decide.
     *
     * @param countedUntil the day the clock stops at
     * @param promisedDueDate the promised due date
     * @param completed whether the case is completed
     */
    public CardColour colour(
            LocalDate countedUntil, LocalDate promisedDueDate, boolean completed, IntSupplier used, IntSupplier limit) {
        return colour(countedUntil, promisedDueDate, completed, false, used, limit);
    }

    /**
     * The card of an accepted case, knowing whether it was decided on the spot ({@code onTheSpot}):
     * such a case is green or red, never yellow.
     */
    public CardColour colour(
            LocalDate countedUntil,
            LocalDate promisedDueDate,
            boolean completed,
            boolean onTheSpot,
            IntSupplier used,
            IntSupplier limit) {
        if (overdue(countedUntil, promisedDueDate)) {
            return CardColour.RED;
        }
        if (completed || onTheSpot) {
            return CardColour.GREEN;
        }
        return nearLimit(used.getAsInt(), limit.getAsInt()) ? CardColour.YELLOW : CardColour.GREEN;
    }

    /** Red: the clock stops at a day after the promised due date (the due date itself is in time). */
    public boolean overdue(LocalDate countedUntil, LocalDate promisedDueDate) {
        return countedUntil.isAfter(promisedDueDate);
    }

    /**
     * Yellow: at least {@code yellowPercent} of the limit used. A limit of no working day (a case
     * decided on the spot) is never near: there is nothing to warn about before it is overdue.
     */
    public boolean nearLimit(int usedWorkingDays, int limitWorkingDays) {
        return limitWorkingDays > 0 && usedWorkingDays * 100L >= (long) limitWorkingDays * yellowPercent;
    }

    /** The working days used at which the card turns yellow: the fewest for which {@link #nearLimit} holds. */
    public int yellowFrom(int limitWorkingDays) {
        return (int) ((limitWorkingDays * (long) yellowPercent + 99) / 100);
    }
}
