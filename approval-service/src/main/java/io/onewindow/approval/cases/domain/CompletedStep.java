package io.onewindow.approval.cases.domain;

import java.time.Instant;

/**
 * A review step of the catalog version, done.
 *
 * @param code the step code
 * @param name the step name
 * @param by username
 * @param role the role it was done in
 * @param opinion the performer's opinion
 * @param at when
 * @param on the day, in the calendar's zone
 * @param workingDaysTaken working days since the previous step (or acceptance), pauses excluded
 */
public record CompletedStep(
        String code,
        String name,
        String by,
        String role,
        String opinion,
        Instant at,
        java.time.LocalDate on,
        int workingDaysTaken) {}
