package io.onewindow.supervision.alerts.web;

import io.onewindow.platform.web.SafeText;
import io.onewindow.supervision.alerts.domain.AlertStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inspector's move of an alert.
 *
 * @param status ACKNOWLEDGED, INVESTIGATING, RESOLVED or DISMISSED
 * @param note why: required for every move
 */
record MoveAlertRequest(
        @NotNull AlertStatus status,
        @NotBlank @SafeText @Size(max = 2000) String note) {}
