package io.onewindow.platform.calendar;

/**
 * A number of working days, such as a statutory time limit (20 working days to decide, Administrative
 * License Law art. 42) or the time a case has used so far.
 *
 * @param value the number of working days, zero or more
 */
public record WorkingDays(int value) implements Comparable<WorkingDays> {

    /** No working days. */
    public static final WorkingDays ZERO = new WorkingDays(0);

    /** @throws IllegalArgumentException if {@code value} is negative */
    public WorkingDays {
        if (value < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + value);
        }
    }

    /** {@code value} working days. */
    public static WorkingDays of(int value) {
        return new WorkingDays(value);
    }

    /** The sum, e.g. a time limit with its one-time extension. */
    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(value, other.value);
    }
}
