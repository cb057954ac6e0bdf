package io.onewindow.supervision.alerts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a rule found settled: the alert {@code alertId}, if it exists and is not closed yet, is
 * resolved by the system with {@code reason} in its history. Derived from events and their times
 * only, as candidates are, so a replay closes the same alerts at the same moment.
 *
 * @param alertId the alert (rule and subject, as {@link AlertCandidate#alertId()})
 * @param reason why it closed itself, for the inspector
 * @param at when the condition it warned about was settled (an event's time)
 */
public record AlertClosure(String alertId, String reason, Instant at) {

    public AlertClosure {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
