package io.onewindow.platform.idempotency;

/**
 * An {@code Idempotency-Key} already used for another request, by a service that keeps its own
 * keys (as appointment-service's bookings do): answered 422 {@code idempotency-key-reused}, like
 * the {@link IdempotencyFilter} answers it.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for another request");
    }
}
