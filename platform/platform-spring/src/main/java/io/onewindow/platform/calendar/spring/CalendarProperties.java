package io.onewindow.platform.calendar.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the working-day calendar finds years the platform does not ship ({@code onewindow.calendar.*}).
 *
 * @param directory a directory of year files {@code <yyyy>.csv} in the shipped calendar format
 *     ({@code ONEWINDOW_CALENDAR_DIRECTORY}); none by default, so only the shipped years count
 * @param rescanInterval how often the directory is looked at for new or changed files, and the
 *     least time between two looks when a question needs an uncovered year
 * @param warnDays official coverage left (days after today) under which the service logs a
 *     warning and the health details say so
 * @param provisionalYearsAhead how many years after the last official one are answered
 *     provisionally from the holiday law; past them questions are refused (503)
 */
@ConfigurationProperties("onewindow.calendar")
public record CalendarProperties(
        Path directory,
        @DefaultValue("1m") Duration rescanInterval,
        @DefaultValue("60") int warnDays,
        @DefaultValue("2") int provisionalYearsAhead) {}
