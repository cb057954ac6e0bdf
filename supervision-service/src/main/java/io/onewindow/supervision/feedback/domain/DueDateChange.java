package io.onewindow.supervision.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint's answer deadline or a rectification's deadline counted again when an official
 * calendar year replaced the provisional one it rested on; kept with the complaint or rating.
 *
 * @param previous the deadline before, as it was announced
 * @param current the deadline now
 * @param provisional whether {@code current} still rests on a provisional calendar year
 * @param reason why, in words
 * @param calendarYear the year made official
 * @param at when
 */
public record DueDateChange(
        LocalDate previous, LocalDate current, boolean provisional, String reason, int calendarYear, Instant at) {}
