package io.onewindow.platform.domain;

/** The caller is known but lacks the right for this action on this object. */
public class AccessRefusedException extends DomainException {

    public AccessRefusedException(String code, String message) {
        super(code, message);
    }

    /** With the values the localized detail of {@code code} names. */
    public AccessRefusedException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
