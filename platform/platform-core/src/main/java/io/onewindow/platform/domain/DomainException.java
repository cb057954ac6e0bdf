package io.onewindow.platform.domain;

/**
 * A business rule said no. Knows nothing of HTTP: the web adapter maps each subclass to a
 * status and an RFC 9457 problem whose {@code type} ends with {@link #code()}.
 *
 * <p>The message is English for logs and the fallback; what a caller reads is the text of the
 * code in the service's problem bundle ({@code <code>.detail}), in the caller's language, with
 * {@link #arguments()} filled in ({@code {0}}, {@code {1}}, ...).
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, String message) {
        this(code, message, new Object[0]);
    }

    /**
     * @param arguments the values the localized detail of {@code code} names, in its order
     */
    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = requireCode(code);
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireCode(code);
        this.arguments = new Object[0];
    }

    /** The values the localized detail of {@link #code()} is filled with; empty when it names none. */
    public java.util.List<Object> arguments() {
        return java.util.Arrays.asList(arguments.clone());
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
