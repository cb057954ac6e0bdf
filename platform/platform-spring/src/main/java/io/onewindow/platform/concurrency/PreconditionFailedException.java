package io.onewindow.platform.concurrency;

/** The caller's {@code If-Match} does not match the stored state: a 412 {@code precondition-failed}. */
public class PreconditionFailedException extends RuntimeException {

    public static final String CODE = "precondition-failed";

    public PreconditionFailedException(String message) {
        super(message);
    }
}
