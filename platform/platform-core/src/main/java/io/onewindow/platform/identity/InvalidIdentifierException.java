package io.onewindow.platform.identity;

import io.onewindow.platform.domain.InvalidValueException;

/**
 * An identifier was refused when it was made. Unchecked because a malformed identifier is bad
 * input, which the web layer maps to a 400 response naming the field; it is deliberately not an
 * {@link IllegalArgumentException} so that such a mapping does not also swallow programming
 * errors. It is an {@link InvalidValueException}, so the platform's error advice maps it
 * without knowing about identifiers.
 *
 * <p>The {@linkplain #code() code} is stable and machine-readable (for example
 * {@code resident-id.check-character}); the web layer uses it to pick a localised title. The
 * message is for developers and, like the code, never contains the refused value, because
 * identifiers are personal data and exception messages end up in logs.
 */
public final class InvalidIdentifierException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the stable machine-readable reason, {@code <identifier>.<problem>}
     * @param message a human-readable explanation that does not repeat the refused value
     */
    public InvalidIdentifierException(String code, String message) {
        super(code, null, message);
    }
}
