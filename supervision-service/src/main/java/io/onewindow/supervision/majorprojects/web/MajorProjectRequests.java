package io.onewindow.supervision.majorprojects.web;

import io.onewindow.platform.web.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the major-project endpoints. */
final class MajorProjectRequests {

    private MajorProjectRequests() {}

    /** @param reason why the case is flagged, or why the flag is taken off */
    record Reason(@NotBlank @SafeText @Size(max = 500) String reason) {}
}
