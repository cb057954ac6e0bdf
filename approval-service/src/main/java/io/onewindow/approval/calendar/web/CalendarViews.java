package io.onewindow.approval.calendar.web;

import io.onewindow.approval.calendar.OfficialCalendar;
import io.onewindow.approval.calendar.domain.OfficialYearProposal;
import io.onewindow.platform.calendar.CalendarDay;
import io.onewindow.platform.calendar.DueDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response bodies of the calendar APIs. */
final class CalendarViews {

    /** The label of a provisional year or date. */
    static final String PROVISIONAL = "临时推算";

    /** The label of an official year or date. */
    static final String OFFICIAL = "官方安排";

    private CalendarViews() {}

    /**
     * One day off or make-up working day.
     *
     * @param date the day
     * @param holiday the holiday it belongs to
     */
    record Day(LocalDate date, String holiday) {
        static List<Day> of(List<CalendarDay> days) {
            return days.stream().map(d -> new Day(d.date(), d.holiday())).toList();
        }
    }

    /**
     * A year as the platform counts it.
     *
     * @param year the year
     * @param provisional {@code true} when derived from the holiday law because the State Council's
     *     notice is not entered yet: dates counted over it may move when it is
     * @param label {@code 官方安排} or {@code 临时推算}
     * @param noticeNumber the notice the official arrangement comes from, {@code null} when provisional
     * @param noticeDate the notice's date, when known
     * @param daysOff every day off beyond ordinary weekends (weekend days of a holiday block included)
     * @param makeUpWorkingDays Saturdays and Sundays worked (调休); never any in a provisional year
     * @param workingDays the number of working days in the year
     */
    record Year(
            int year,
            boolean provisional,
            String label,
            String noticeNumber,
            LocalDate noticeDate,
            List<Day> daysOff,
            List<Day> makeUpWorkingDays,
            int workingDays) {

        static Year of(OfficialCalendar.YearView view) {
            return new Year(
                    view.year(),
                    !view.official(),
                    view.official() ? OFFICIAL : PROVISIONAL,
                    view.noticeNumber(),
                    view.noticeDate(),
                    Day.of(view.daysOff()),
                    Day.of(view.makeUpWorkingDays()),
                    view.workingDays());
        }
    }

    /**
     * A due date.
     *
     * @param from the start day (not counted)
     * @param workingDays the working days counted
     * @param dueDate the day they have passed
     * @param provisional whether a day counted lies in a provisional year
     * @param label {@code 官方安排} or {@code 临时推算}
     */
    record Due(LocalDate from, int workingDays, LocalDate dueDate, boolean provisional, String label) {
        static Due of(LocalDate from, int workingDays, DueDate due) {
            return new Due(
                    from, workingDays, due.date(), due.provisional(), due.provisional() ? PROVISIONAL : OFFICIAL);
        }
    }

    /**
     * An entered official year and where it stands.
     *
     * @param id the entry's id
     * @param year the year
     * @param status {@code PROPOSED}, {@code PUBLISHED} or {@code REJECTED}
     * @param noticeNumber the notice's number
     * @param noticeDate the notice's date
     * @param daysOff the days off entered
     * @param makeUpWorkingDays the make-up working days entered
     * @param enteredBy the platform-admin who entered it
     * @param enteredAt when
     * @param decidedBy the second platform-admin who confirmed or rejected it
     * @param decidedAt when
     * @param rejectionReason why it was rejected
     */
    record Proposal(
            String id,
            int year,
            String status,
            String noticeNumber,
            LocalDate noticeDate,
            List<Day> daysOff,
            List<Day> makeUpWorkingDays,
            String enteredBy,
            Instant enteredAt,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason) {

        static Proposal of(OfficialYearProposal p) {
            return new Proposal(
                    p.id(),
                    p.year(),
                    p.status().name(),
                    p.noticeNumber(),
                    p.noticeDate(),
                    Day.of(p.daysOff()),
                    Day.of(p.makeUpWorkingDays()),
                    p.enteredBy(),
                    p.enteredAt(),
                    p.decidedBy(),
                    p.decidedAt(),
                    p.rejectionReason());
        }
    }
}
