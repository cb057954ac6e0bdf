package io.onewindow.platform.events.approval;

import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A review step of the case's catalog version was completed.
 *
 * @param stepCode the step code
 * @param stepName the step name
 * @param performedBy username
 * @param role the role the step was performed in
 * @param at when
 * @param inCatalog whether the step is in the case's catalog version; the service refuses steps that
 *     are not, so it is {@code true} for cases handled here and may be {@code false} only in mirrored
 *     partner data
 * @param stepLimitWorkingDays the step's own limit in working days from the catalog
 * @param workingDaysTaken working days the step took, counted from the end of the previous step (or
 *     acceptance), paused time excluded
 */
@EventType("onewindow.approval.StepCompleted.v1")
public record StepCompleted(
        String caseId,
        String caseNumber,
        String matterCode,
        String department,
        String stepCode,
        String stepName,
        String performedBy,
        String role,
        Instant at,
        boolean inCatalog,
        int stepLimitWorkingDays,
        int workingDaysTaken)
        implements CaseEvent {}
