package io.onewindow.platform.domain;

/**
 * A business rule said no. Knows nothing of HTTP: the web adapter maps each subclass to a
 * status and an RFC 9457 problem whose {@code type} ends with {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = requireCode(code);
    }

    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireCode(code);
    }

    /** A stable, kebab-case machine code such as {@code slot-full}; clients may branch on it. */
    public String code() {
        return code;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem code must be kebab-case: " + code);
        }
        return code;
    }
}
