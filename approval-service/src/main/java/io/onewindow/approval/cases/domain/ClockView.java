package io.onewindow.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's statutory clock as of one day.
 *
 * @param acceptedOn the day of acceptance (not counted), or {@code null} before acceptance
 * @param statutoryDueDate acceptance + statutory limit + extension + paused working days
 * @param promisedDueDate acceptance + promised limit + paused working days
 * @param workingDaysUsed working days counted so far (paused ones excluded)
 * @param statutoryWorkingDaysLeft working days left to the statutory due date (negative when overdue)
 * @param promisedWorkingDaysLeft working days left to the promised due date (negative when overdue)
 * @param extensionWorkingDays the one extension granted, 0 if none
 * @param suspended whether the clock stands still now
 * @param pauses every art. 45 period
 * @param art32Deadline the last day for a correction notice or acceptance, before acceptance
 */
public record ClockView(
        LocalDate acceptedOn,
        LocalDate statutoryDueDate,
        LocalDate promisedDueDate,
        int workingDaysUsed,
        int statutoryWorkingDaysLeft,
        int promisedWorkingDaysLeft,
        int extensionWorkingDays,
        boolean suspended,
        List<Suspension> pauses,
        LocalDate art32Deadline) {}
