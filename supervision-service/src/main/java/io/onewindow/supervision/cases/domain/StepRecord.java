package io.onewindow.supervision.cases.domain;

import java.time.Instant;

/**
 * A completed review step as reported by the approval service.
 *
 * @param eventId the StepCompleted event
 * @param code the step code
 * @param performedBy username
 * @param at when it was completed
 * @param inCatalog whether the producer found it in the case's catalog version
 * @param limitWorkingDays the step's own limit
 * @param workingDaysTaken working days it took
 */
public record StepRecord(
        String eventId,
        String code,
        String performedBy,
        Instant at,
        boolean inCatalog,
        int limitWorkingDays,
        int workingDaysTaken) {

    public boolean overLimit() {
        return limitWorkingDays > 0 && workingDaysTaken > limitWorkingDays;
    }
}
