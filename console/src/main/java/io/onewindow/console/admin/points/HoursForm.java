package io.onewindow.console.admin.points;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A point's weekly opening hours as the admin writes them: per weekday its periods, separated by
 * commas ({@code 09:00-12:00, 13:30-17:00}); an empty weekday is closed.
 */
public class HoursForm {

    public static final List<String> WEEKDAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private Map<String, String> days = new LinkedHashMap<>();

    public HoursForm() {
        WEEKDAYS.forEach(day -> days.put(day, ""));
    }

    /** The form filled from the registry's {@code openingHours}. */
    public static HoursForm of(Map<String, Object> hours) {
        HoursForm form = new HoursForm();
        hours.forEach((day, periods) -> {
            if (periods instanceof List<?> list) {
                form.days.put(
                        day,
                        String.join(", ", list.stream().map(String::valueOf).toList()));
            }
        });
        return form;
    }

    /** The request's {@code hours}: each weekday with at least one period. */
    public Map<String, List<String>> hours() {
        Map<String, List<String>> hours = new LinkedHashMap<>();
        days.forEach((day, periods) -> {
            if (periods != null && !periods.isBlank()) {
                hours.put(
                        day,
                        Arrays.stream(periods.split("[,，;；\\s]+"))
                                .filter(p -> !p.isBlank())
                                .toList());
            }
        });
        return hours;
    }

    public Map<String, String> getDays() {
        return days;
    }

    public void setDays(Map<String, String> days) {
        this.days = days == null ? new LinkedHashMap<>() : days;
    }
}
