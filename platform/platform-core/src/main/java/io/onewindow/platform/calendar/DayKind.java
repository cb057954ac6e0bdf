package io.onewindow.platform.calendar;

/**
 * How an official holiday arrangement changes a day from the Monday-to-Friday rule.
 */
public enum DayKind {

    /** Not a working day, whatever the day of the week: a statutory holiday or a day moved into it. */
    DAY_OFF,

    /** A Saturday or Sunday worked to make up for a weekday moved into a holiday (调休). */
    MAKE_UP_WORKING_DAY
}
