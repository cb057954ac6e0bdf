package io.onewindow.supervision.alerts.domain;

import java.time.Instant;

/** One step of an alert's lifecycle, with the inspector's note. */
public record StatusChange(AlertStatus from, AlertStatus to, String by, String note, Instant at) {}
