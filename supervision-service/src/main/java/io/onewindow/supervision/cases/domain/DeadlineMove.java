package io.onewindow.supervision.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline of a case that the approval service counted again when an official calendar year
 * replaced the provisional one ({@code CaseDeadlinesRecomputed}).
 *
 * @param eventId the event that said so
 * @param deadline {@code statutory}, {@code promised}, {@code art32-notice}, {@code step:<name>} or
 *     {@code suspension}
 * @param previous the date before, as it was shown
 * @param current the date now
 * @param provisional whether {@code current} still rests on a provisional calendar year
 * @param reason why, in words
 * @param calendarYear the year made official
 * @param at when it was counted again
 */
public record DeadlineMove(
        String eventId,
        String deadline,
        LocalDate previous,
        LocalDate current,
        boolean provisional,
        String reason,
        int calendarYear,
        Instant at) {}
