package io.onewindow.platform.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A year's holiday arrangement derived from the holiday law alone, for years whose official notice
 * the platform does not hold yet: 《全国年节及纪念日放假办法》 (2024 revision), art. 2, and its
 * make-up rule (补休).
 *
 * <p>The law fixes 13 statutory days off: New Year's Day (1 January); the Spring Festival, four
 * days (the lunar New Year's Eve 除夕 and the first three days of the first lunar month); Qingming,
 * one day (the Qingming solar-term day); Labour Day, 1 and 2 May; the Dragon Boat Festival, one day
 * (the fifth day of the fifth lunar month); the Mid-Autumn Festival, one day (the fifteenth day of
 * the eighth lunar month); National Day, 1 to 3 October. A statutory day that falls on a Saturday
 * or Sunday, or on a day that is off already, is made up: for each such day, the next weekday after
 * its holiday that is not off already is a day off too.
 *
 * <p>What no rule can predict is left out: the swapped working weekends (调休) and bridging days
 * that the State Council's notice adds to make longer breaks. So a provisional year has no make-up
 * working days, and its working-day count is an upper bound of the official one's; a deadline
 * counted on it is marked provisional and recomputed when the notice is entered (see
 * {@link WorkingCalendar#isProvisional(LocalDate)}).
 *
 * <p>Lunar dates and the Qingming solar term come from the {@code cn.6tail:lunar} library, not
 * from hand-typed tables. Derived years are cached; the class is thread-safe.
 */
public final class HolidayLaw {

    /** The holidays' names, as the shipped official data names them. */
    public static final String NEW_YEAR = "New Year";

    public static final String SPRING_FESTIVAL = "Spring Festival";
    public static final String QINGMING = "Qingming";
    public static final String LABOUR_DAY = "Labour Day";
    public static final String DRAGON_BOAT = "Dragon Boat";
    public static final String MID_AUTUMN = "Mid-Autumn";
    public static final String NATIONAL_DAY = "National Day";

    /** The suffix of a day off that makes up for a statutory day on a weekend or a day already off. */
    public static final String MAKE_UP_SUFFIX = " (make-up day off)";

    // The lunar library's data and algorithms are checked for these years at least.
    private static final int FIRST_YEAR = 1901;
    private static final int LAST_YEAR = 2099;

    private static final Map<Year, YearArrangement> DERIVED = new ConcurrentHashMap<>();

    private HolidayLaw() {}

    /**
     * The provisional arrangement of {@code year}: its statutory days off and their make-up days
     * off, in date order, and no make-up working days.
     *
     * @throws IllegalArgumentException if the year is outside 1901–2099, where the lunar data is
     *     not checked
     */
    public static YearArrangement provisionalArrangement(Year year) {
        Objects.requireNonNull(year, "year");
        if (year.getValue() < FIRST_YEAR || year.getValue() > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "The holiday law's lunar dates are derived only for " + FIRST_YEAR + "–" + LAST_YEAR + ": " + year);
        }
        return DERIVED.computeIfAbsent(year, HolidayLaw::derive);
    }

    /**
     * The statutory days of each holiday of {@code year}, before any make-up day, in the order of
     * each holiday's first day.
     */
    public static Map<String, List<LocalDate>> statutoryDays(Year year) {
        int y = year.getValue();
        LocalDate newYearEve = toDate(Lunar.fromYmd(y, 1, 1).getSolar()).minusDays(1);
        Map<String, List<LocalDate>> days = new LinkedHashMap<>();
        days.put(NEW_YEAR, List.of(LocalDate.of(y, 1, 1)));
        days.put(
                SPRING_FESTIVAL,
                List.of(newYearEve, newYearEve.plusDays(1), newYearEve.plusDays(2), newYearEve.plusDays(3)));
        days.put(QINGMING, List.of(qingming(y)));
        days.put(LABOUR_DAY, List.of(LocalDate.of(y, 5, 1), LocalDate.of(y, 5, 2)));
        days.put(DRAGON_BOAT, List.of(toDate(Lunar.fromYmd(y, 5, 5).getSolar())));
        days.put(MID_AUTUMN, List.of(toDate(Lunar.fromYmd(y, 8, 15).getSolar())));
        days.put(NATIONAL_DAY, List.of(LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 2), LocalDate.of(y, 10, 3)));
        List<Map.Entry<String, List<LocalDate>>> ordered = new ArrayList<>(days.entrySet());
        ordered.sort(Comparator.comparing(e -> e.getValue().get(0)));
        Map<String, List<LocalDate>> inOrder = new LinkedHashMap<>();
        ordered.forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        return inOrder;
    }

    private static YearArrangement derive(Year year) {
        Map<LocalDate, CalendarDay> off = new LinkedHashMap<>();
        for (Map.Entry<String, List<LocalDate>> holiday : statutoryDays(year).entrySet()) {
            int toMakeUp = 0;
            for (LocalDate day : holiday.getValue()) {
                if (CalendarDay.isWeekend(day) || off.containsKey(day)) {
                    toMakeUp++;
                }
                off.putIfAbsent(day, CalendarDay.dayOff(day, holiday.getKey()));
            }
            LocalDate candidate = holiday.getValue().get(holiday.getValue().size() - 1);
            while (toMakeUp > 0) {
                candidate = candidate.plusDays(1);
                if (!CalendarDay.isWeekend(candidate) && !off.containsKey(candidate)) {
                    off.put(candidate, CalendarDay.dayOff(candidate, holiday.getKey() + MAKE_UP_SUFFIX));
                    toMakeUp--;
                }
            }
        }
        // A make-up day of a late-December holiday could only fall into January; none does today,
        // but the arrangement is of one year, so such a day would be dropped rather than spill over.
        return new YearArrangement(
                year,
                off.values().stream()
                        .filter(d -> d.date().getYear() == year.getValue())
                        .toList());
    }

    private static LocalDate qingming(int year) {
        // The lunar year that starts in early {@code year} holds the Qingming of that solar year.
        Solar solar = Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
        LocalDate date = toDate(solar);
        if (date.getYear() != year || date.getMonthValue() != 4) {
            throw new IllegalStateException("Qingming of " + year + " computed as " + date);
        }
        return date;
    }

    private static LocalDate toDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
