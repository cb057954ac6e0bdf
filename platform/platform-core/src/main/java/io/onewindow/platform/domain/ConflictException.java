package io.onewindow.platform.domain;

/** The request is well-formed but the current state refuses it (slot full, wrong case state). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }

    /** With the values the localized detail of {@code code} names. */
    public ConflictException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
