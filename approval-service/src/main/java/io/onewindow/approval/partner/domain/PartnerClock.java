package io.onewindow.approval.partner.domain;

import java.time.LocalDate;

/**
 * A mirrored partner case's clock, counted on the working-day calendar from the milestones it
 * reported.
 *
 * @param acceptedOn the day of the reported acceptance (not counted), or {@code null} before it
 * @param dueDate the due date the partner reported with acceptance
 * @param endedOn the day of the decision (or completion), or {@code null} while open
 * @param workingDaysUsed working days after acceptance up to the decision or today; {@code null}
 *     when the calendar cannot count them yet (a day beyond its horizon)
 * @param workingDaysLeft working days from today (or the decision) to the due date, negative when
 *     late; {@code null} when the calendar cannot count them yet
 * @param provisional whether a day counted lies in a year whose official holiday arrangement is
 *     not published yet (临时推算): the figures may change when it is
 * @param countable whether the calendar could count the clock at all; a case whose due date lies
 *     beyond the calendar's horizon stays readable, with its figures left out
 */
public record PartnerClock(
        LocalDate acceptedOn,
        LocalDate dueDate,
        LocalDate endedOn,
        Integer workingDaysUsed,
        Integer workingDaysLeft,
        boolean provisional,
        boolean countable) {}
