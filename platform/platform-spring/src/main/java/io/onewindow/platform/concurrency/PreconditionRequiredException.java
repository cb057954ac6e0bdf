package io.onewindow.platform.concurrency;

/**
 * An update of an existing resource came without {@code If-Match}: a 428 {@code
 * precondition-required} (RFC 6585), so that no caller overwrites a change it has not seen.
 */
public class PreconditionRequiredException extends RuntimeException {

    public static final String CODE = "precondition-required";

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
