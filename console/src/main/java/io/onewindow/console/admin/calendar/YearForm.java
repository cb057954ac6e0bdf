package io.onewindow.console.admin.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's official arrangement as the platform admin copies it from the State Council's notice:
 * the notice's number and date, the days off and the make-up working days as rows (date and
 * holiday). Rows left blank are not sent.
 */
public class YearForm {

    private Integer year;
    private String noticeNumber;
    private String noticeDate;
    private List<DayRow> daysOff = new ArrayList<>();
    private List<DayRow> makeUpWorkingDays = new ArrayList<>();

    /** One day of the arrangement. */
    public static class DayRow {
        private String date;
        private String holiday;

        boolean blank() {
            return (date == null || date.isBlank()) && (holiday == null || holiday.isBlank());
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("date", date == null ? null : date.strip());
            body.put("holiday", holiday == null ? null : holiday.strip());
            return body;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getHoliday() {
            return holiday;
        }

        public void setHoliday(String holiday) {
            this.holiday = holiday;
        }
    }

    /** A blank form: room for the usual number of days off and make-up working days. */
    public static YearForm blank() {
        return new YearForm().withRows(10, 4);
    }

    /** Adds blank rows to each list. */
    public YearForm withRows(int daysOffRows, int makeUpRows) {
        for (int i = 0; i < daysOffRows; i++) {
            daysOff.add(new DayRow());
        }
        for (int i = 0; i < makeUpRows; i++) {
            makeUpWorkingDays.add(new DayRow());
        }
        return this;
    }

    /** The calendar's year-entry request body. */
    public Map<String, Object> body() {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("number", noticeNumber == null ? null : noticeNumber.strip());
        notice.put("date", noticeDate == null || noticeDate.isBlank() ? null : noticeDate.strip());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("notice", notice);
        body.put(
                "daysOff",
                daysOff.stream().filter(d -> !d.blank()).map(DayRow::body).toList());
        body.put(
                "makeUpWorkingDays",
                makeUpWorkingDays.stream()
                        .filter(d -> !d.blank())
                        .map(DayRow::body)
                        .toList());
        return body;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public void setNoticeNumber(String noticeNumber) {
        this.noticeNumber = noticeNumber;
    }

    public String getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(String noticeDate) {
        this.noticeDate = noticeDate;
    }

    public List<DayRow> getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(List<DayRow> daysOff) {
        this.daysOff = daysOff == null ? new ArrayList<>() : daysOff;
    }

    public List<DayRow> getMakeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    public void setMakeUpWorkingDays(List<DayRow> makeUpWorkingDays) {
        this.makeUpWorkingDays = makeUpWorkingDays == null ? new ArrayList<>() : makeUpWorkingDays;
    }
}
