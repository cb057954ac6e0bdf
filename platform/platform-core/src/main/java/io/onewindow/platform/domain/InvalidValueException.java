package io.onewindow.platform.domain;

/** A value broke a domain constraint; {@link #field()} names the input it came from, if known. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The input field, or {@code null} when the value did not come from one field. */
    public String field() {
        return field;
    }
}
