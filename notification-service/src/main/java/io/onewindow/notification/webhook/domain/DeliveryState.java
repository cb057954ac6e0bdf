package io.onewindow.notification.webhook.domain;

/** Where a webhook delivery stands. */
public enum DeliveryState {
    /** Waiting for its next attempt ({@code nextAttemptAt}). */
    PENDING,
    /** The partner answered 2xx. */
    DELIVERED,
    /** Given up after the last attempt of its series; may be redelivered on request. */
    DEAD
}
