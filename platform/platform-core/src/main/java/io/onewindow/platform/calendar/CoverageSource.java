package io.onewindow.platform.calendar;

import java.util.Optional;

/**
 * Where a {@linkplain WorkingCalendar#growing growing calendar} looks for years it does not hold
 * yet, e.g. a directory where a district drops next year's arrangement once the State Council
 * publishes it. Asked when a question needs an uncovered year and when the calendar is refreshed;
 * how often it really looks, and how it checks what it finds, is its own business.
 */
@FunctionalInterface
public interface CoverageSource {

    /**
     * A calendar with every year of {@code current}, unchanged, and more; empty when there is
     * nothing new. A calendar that drops or changes a year of {@code current} is ignored.
     */
    Optional<WorkingCalendar> widen(WorkingCalendar current);
}
