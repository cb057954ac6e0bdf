package io.onewindow.platform.events.supervision;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * An inspector moved an alert along open → acknowledged → investigating → resolved/dismissed.
 *
 * @param alertId the alert (aggregate id)
 * @param ruleCode the alert's rule code
 * @param department the department the alert is about, or {@code null}
 * @param from the previous status
 * @param to the new status
 * @param changedBy the inspector's username
 * @param changedAt when
 */
@EventType("onewindow.supervision.AlertStatusChanged.v1")
public record AlertStatusChanged(
        String alertId, String ruleCode, String department, String from, String to, String changedBy, Instant changedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return alertId;
    }
}
