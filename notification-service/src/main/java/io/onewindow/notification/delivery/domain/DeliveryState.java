package io.onewindow.notification.delivery.domain;

/**
 * Where a delivery is: {@code QUEUED → SENDING → SENT → DELIVERED}, or {@code FAILED} (with a reason)
 * from {@code QUEUED} (a limit), {@code SENDING} (a permanent failure, the last retry, an interrupted
 * send) or {@code SENT} (a failure status report). A retryable failure goes from {@code SENDING} back
 * to {@code QUEUED} with a later due time.
 */
public enum DeliveryState {
    QUEUED,
    SENDING,
    SENT,
    DELIVERED,
    FAILED;

    public boolean isFinal() {
        return this == DELIVERED || this == FAILED;
    }
}
