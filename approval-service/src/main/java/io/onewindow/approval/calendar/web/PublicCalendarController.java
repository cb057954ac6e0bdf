package io.onewindow.approval.calendar.web;

import io.onewindow.approval.calendar.OfficialCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for portals and partner systems, without a token: any year the
 * platform counts (official, or provisional from the holiday law until the notice is entered)
 * and due dates counted on it, each saying whether it is provisional.
 */
@RestController
@Validated
@RequestMapping("/api/approvals/public/calendar")
@Tag(name = "Public calendar", description = "Working days, holidays and due dates as the platform counts them")
class PublicCalendarController {

    private final OfficialCalendar calendar;

    PublicCalendarController(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/due")
    @Operation(
            summary = "The day N working days after a start day (the start day not counted), and whether it is"
                    + " provisional; 503 calendar-not-covered past the provisional horizon")
    CalendarViews.Due due(@RequestParam LocalDate from, @RequestParam @Min(0) @Max(250) int workingDays) {
        return CalendarViews.Due.of(from, workingDays, calendar.due(from, workingDays));
    }

    @GetMapping("/{year}")
    @Operation(
            summary = "Every day off and make-up working day of a year, whether it is provisional and the notice it"
                    + " comes from; 503 calendar-not-covered for a year the platform does not count")
    CalendarViews.Year year(@PathVariable @Min(2000) @Max(2099) int year) {
        return CalendarViews.Year.of(calendar.year(year));
    }
}
