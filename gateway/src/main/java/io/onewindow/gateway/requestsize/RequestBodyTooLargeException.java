package io.onewindow.gateway.requestsize;

/**
 * A streamed request body ran past the limit. It surfaces wherever the body is being read,
 * possibly wrapped (in the HTTP client, in a circuit breaker), so others can recognise it.
 */
public final class RequestBodyTooLargeException extends RuntimeException {

    RequestBodyTooLargeException() {
        super("request body over the limit", null, false, false);
    }

    /** Whether {@code failure} or one of its causes is this exception. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
