package io.onewindow.approval.materials.domain;

import io.onewindow.platform.domain.DomainException;
import java.time.Duration;

/** More uploads within {@link UploadLimits#RATE_WINDOW} than one person may make; try again later. */
public class UploadRateExceeded extends DomainException {

    private final Duration retryAfter;

    public UploadRateExceeded(int uploadsPerMinute, Duration retryAfter) {
        super(
                "material.rate-exceeded",
                "at most " + uploadsPerMinute + " uploads a minute; try again in " + retryAfter.toSeconds() + " s",
                retryAfter.toSeconds());
        this.retryAfter = retryAfter;
    }

    /** How long until an upload would be accepted again, in whole seconds, at least one. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
