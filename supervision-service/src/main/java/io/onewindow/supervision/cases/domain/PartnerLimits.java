package io.onewindow.supervision.cases.domain;

import java.time.LocalDate;

/**
 * The catalog's limits for a partner case's matter, counted from the partner's acceptance on the
 * official working calendar: the partner case is supervised against these, not against the due
 * date the partner system set itself.
 *
 * @param matterVersion the catalog version in force when the partner reported the acceptance
 * @param statutoryDueDate acceptance plus the catalog's statutory limit in working days, or
 *     {@code null} when the calendar could not count it yet
 * @param promisedDueDate acceptance plus the catalog's promised limit in working days, or
 *     {@code null} when the calendar could not count it yet
 */
public record PartnerLimits(int matterVersion, LocalDate statutoryDueDate, LocalDate promisedDueDate) {}
