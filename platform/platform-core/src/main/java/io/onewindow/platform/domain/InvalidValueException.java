package io.onewindow.platform.domain;

/** A value broke a domain constraint; {@link #field()} names the input it came from, if known. */
public class InvalidValueException extends DomainException {

    private final String field;
    private final java.util.List<Violation> violations;

    public InvalidValueException(String code, String field, String message) {
        this(code, field, message, new Object[0]);
    }

    /** With the values the localized detail of {@code code} names. */
    public InvalidValueException(String code, String field, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = field;
        this.violations = field == null ? java.util.List.of() : java.util.List.of(new Violation(field, code, message));
    }

    /**
     * Several values broke constraints at once, each listed, so the caller can fix them all in one
     * go (e.g. a whole year's holiday arrangement).
     *
     * @param violations at least one
     */
    public InvalidValueException(String code, String message, java.util.List<Violation> violations) {
        super(code, message);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid value needs at least one violation");
        }
        this.field = violations.get(0).field();
        this.violations = java.util.List.copyOf(violations);
    }

    /**
     * One value that broke a constraint.
     *
     * @param field the input path, e.g. {@code daysOff[2].date}
     * @param code a stable code, e.g. {@code calendar.outside-year}
     * @param message what is wrong, in words
     */
    public record Violation(String field, String code, String message) {}

    /** Every value that broke a constraint, in the order found; empty when no field is known. */
    public java.util.List<Violation> violations() {
        return violations;
    }

    /** The input field, or {@code null} when the value did not come from one field. */
    public String field() {
        return field;
    }
}
