package io.onewindow.approval.cases.domain;

import io.onewindow.platform.events.approval.SuspensionProcedure;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A period in which the statutory clock stood still for an art. 45 procedure.
 *
 * @param procedure which procedure
 * @param reason why
 * @param expectedWorkingDays the length the applicant was told
 * @param startedOn the day it started (still counted)
 * @param startedAt when
 * @param endedOn the day the clock ran again, or {@code null} while it lasts
 * @param endedAt when, or {@code null}
 * @param pausedWorkingDays working days not counted: after {@code startedOn} up to {@code endedOn}
 */
public record Suspension(
        SuspensionProcedure procedure,
        String reason,
        int expectedWorkingDays,
        LocalDate startedOn,
        Instant startedAt,
        LocalDate endedOn,
        Instant endedAt,
        int pausedWorkingDays) {

    public boolean isOngoing() {
        return endedOn == null;
    }
}
