package io.onewindow.notification.webhook.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver: when, in which series (1, then +1 per redelivery), the HTTP status answered
 * (or {@code null} when there was no answer), how long it took, and the error (e.g. {@code timeout}) or
 * {@code null}.
 */
public record DeliveryAttempt(Instant at, int series, Integer statusCode, long durationMillis, String error) {

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
    }

    /** A 2xx answer. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** What went wrong, for the dead-letter reason: {@code HTTP 500}, or the error. */
    public String outcome() {
        if (statusCode != null) {
            return "HTTP " + statusCode;
        }
        return error == null ? "no answer" : error;
    }
}
