package io.onewindow.platform.identity;

import java.util.Objects;

/**
 * An identifier was refused when it was made. Unchecked because a malformed identifier is bad
 * input, which the web layer maps to a 400 response naming the field; it is deliberately not an
 * {@link IllegalArgumentException} so that such a mapping does not also swallow programming
 * errors.
 *
 * <p>The {@linkplain #code() code} is stable and machine-readable (for example
 * {@code resident-id.check-character}); the web layer uses it to pick a localised title. The
 * message is for developers and, like the code, never contains the refused value, because
 * identifiers are personal data and exception messages end up in logs.
 */
public final class InvalidIdentifierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code the stable machine-readable reason, {@code <identifier>.<problem>}
     * @param message a human-readable explanation that does not repeat the refused value
     */
    public InvalidIdentifierException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable machine-readable reason, e.g. {@code credit-code.format}. */
    public String code() {
        return code;
    }
}
