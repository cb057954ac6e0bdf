package io.onewindow.approval.calendar.web;

import io.onewindow.approval.calendar.OfficialCalendar;
import io.onewindow.approval.calendar.domain.OfficialYearCheck;
import io.onewindow.platform.web.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the calendar admin API. */
final class CalendarRequests {

    private CalendarRequests() {}

    /**
     * A year's official arrangement as the State Council's notice gives it.
     *
     * @param year the year arranged
     * @param notice the notice it comes from
     * @param daysOff every day off (the notice's holiday blocks, weekend days in them included)
     * @param makeUpWorkingDays every Saturday or Sunday worked instead (调休), possibly none
     */
    record YearEntry(
            @NotNull @Min(2000) @Max(2099) Integer year,
            @NotNull @Valid Notice notice,
            @NotNull @Size(min = 1, max = 80) List<@NotNull @Valid Day> daysOff,
            @Size(max = 40) List<@NotNull @Valid Day> makeUpWorkingDays) {

        OfficialCalendar.Entry toEntry() {
            return new OfficialCalendar.Entry(
                    year,
                    notice.number(),
                    notice.date(),
                    daysOff.stream().map(Day::toDay).toList(),
                    makeUpWorkingDays == null
                            ? List.of()
                            : makeUpWorkingDays.stream().map(Day::toDay).toList());
        }
    }

    /**
     * The State Council notice.
     *
     * @param number its number, e.g. {@code 国办发明电〔2026〕7号}
     * @param date the day it was issued
     */
    record Notice(
            @NotBlank @SafeText @Size(max = 100) String number,
            @NotNull LocalDate date) {}

    /**
     * One day of the arrangement.
     *
     * @param date the day
     * @param holiday the holiday it belongs to, e.g. {@code 春节} or {@code Spring Festival}
     */
    record Day(
            @NotNull LocalDate date,
            @NotBlank @SafeText @Size(max = 40) String holiday) {

        OfficialYearCheck.Day toDay() {
            return new OfficialYearCheck.Day(date, holiday);
        }
    }

    /**
     * Why an entered arrangement is rejected.
     *
     * @param reason the reason, e.g. which day differs from the notice
     */
    record Rejection(@NotBlank @SafeText @Size(max = 500) String reason) {}
}
