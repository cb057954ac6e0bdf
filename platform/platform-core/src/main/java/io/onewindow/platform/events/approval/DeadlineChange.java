package io.onewindow.platform.events.approval;

import java.time.LocalDate;

/**
 * One deadline of a case that moved because the working-day calendar changed.
 *
 * @param deadline which one: {@code statutory}, {@code promised}, {@code art32-notice},
 *     {@code step:<name>} or {@code suspension}
 * @param previous the date before, as it was shown
 * @param current the date now
 * @param provisional whether the date now still rests on a provisional calendar year
 */
public record DeadlineChange(String deadline, LocalDate previous, LocalDate current, boolean provisional) {}
