package io.onewindow.supervision.alerts.domain;

import java.util.Set;

/** An alert's lifecycle: open → acknowledged → investigating → resolved, or dismissed on the way. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    INVESTIGATING,
    RESOLVED,
    DISMISSED;

    public boolean isFinal() {
        return this == RESOLVED || this == DISMISSED;
    }

    /** The statuses an inspector may move an alert in this status to. */
    public Set<AlertStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(ACKNOWLEDGED, DISMISSED);
            case ACKNOWLEDGED -> Set.of(INVESTIGATING, DISMISSED);
            case INVESTIGATING -> Set.of(RESOLVED, DISMISSED);
            case RESOLVED, DISMISSED -> Set.of();
        };
    }
}
