package io.onewindow.approval.partner.domain;

import java.time.LocalDate;

/**
 * A mirrored partner case's clock, counted on the official calendar from the milestones it reported.
 *
 * @param acceptedOn the day of the reported acceptance (not counted), or {@code null} before it
 * @param dueDate the due date the partner reported with acceptance
 * @param endedOn the day of the decision (or completion), or {@code null} while open
 * @param workingDaysUsed working days after acceptance up to the decision or today
 * @param workingDaysLeft working days from today (or the decision) to the due date; negative when late
 */
public record PartnerClock(
        LocalDate acceptedOn, LocalDate dueDate, LocalDate endedOn, int workingDaysUsed, int workingDaysLeft) {}
