package io.onewindow.approval.cases.domain;

import java.util.Objects;

/**
 * A result handed out at a window (统一窗口出件): where, and to whom after the officer checked the
 * collector's ID card against the applicant.
 *
 * @param servicePointId the service point
 * @param window the number of the delivery window
 * @param collectorMasked the collector's ID number, masked
 */
public record Delivery(String servicePointId, String window, String collectorMasked) {

    public Delivery {
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(collectorMasked, "collectorMasked");
    }
}
