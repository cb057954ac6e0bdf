package io.onewindow.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Reads the plain-text calendar format the shipped arrangements use. One line each:
 *
 * <pre>
 * # a comment; blank lines are ignored too
 * covers,2026
 * 2026-02-15,DAY_OFF,Spring Festival
 * 2026-02-14,MAKE_UP_WORKING_DAY,Spring Festival
 * </pre>
 *
 * A text format rather than JSON keeps platform-core free of dependencies and lets a reviewer
 * check the data against the State Council notice line by line.
 */
final class CalendarData {

    private static final String COVERS = "covers";

    private CalendarData() {}

    /** Where the records go, in file order. */
    interface Records {
        void cover(Year year);

        void add(CalendarDay day);
    }

    static WorkingCalendar.Builder read(Reader reader, String source) throws IOException {
        WorkingCalendar.Builder builder = WorkingCalendar.builder();
        read(reader, source, new Records() {
            @Override
            public void cover(Year year) {
                builder.cover(year);
            }

            @Override
            public void add(CalendarDay day) {
                builder.add(day);
            }
        });
        return builder;
    }

    static void read(Reader reader, String source, Records builder) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                readLine(trimmed, builder);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
    }

    private static void readLine(String line, Records builder) {
        String[] fields = line.split(",", 3);
        if (fields[0].strip().equals(COVERS)) {
            if (fields.length != 2) {
                throw new IllegalArgumentException("expected covers,<year>");
            }
            builder.cover(Year.parse(fields[1].strip()));
            return;
        }
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected <yyyy-MM-dd>,<DAY_OFF|MAKE_UP_WORKING_DAY>,<holiday>");
        }
        builder.add(new CalendarDay(
                LocalDate.parse(fields[0].strip()), DayKind.valueOf(fields[1].strip()), fields[2].strip()));
    }
}
