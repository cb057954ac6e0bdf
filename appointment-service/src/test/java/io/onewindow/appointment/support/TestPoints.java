package io.onewindow.appointment.support;

import io.onewindow.appointment.servicepoint.DemoServicePoints;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import io.onewindow.appointment.servicepoint.domain.Window;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Service points shaped for a test story, booking the demo data's matters with the places a story needs. */
public final class TestPoints {

    public static final String BUSINESS_REGISTRATION = DemoServicePoints.ENTERPRISE_REGISTRATION.code();
    public static final String TRANSFER = DemoServicePoints.PROPERTY_TRANSFER.code();
    public static final String DEED_TAX = DemoServicePoints.DEED_TAX.code();
    public static final String HOUSING_TRANSFER = DemoServicePoints.HOUSING_TRANSFER.code();

    /**
     * The windows of a test hall: {@code 1} comprehensive (also delivery), {@code 2} and {@code 3}
     * market-regulation, {@code 4} real-estate registration, {@code 5} tax.
     */
    public static final List<Window> WINDOWS = List.of(
            Window.comprehensive("1", "综合受理窗口", true),
            Window.ofDepartment("2", "市场监管窗口", "market-regulation", false),
            Window.ofDepartment("3", "市场监管窗口", "market-regulation", false),
            Window.ofDepartment("4", "不动产登记窗口", "real-estate-registration", false),
            Window.ofDepartment("5", "税务窗口", "tax", false));

    private TestPoints() {}

    /** Open 09:00–12:00 and 13:30–17:00 on weekdays; business registration in 20-minute slots. */
    public static ServicePoint hallWithPlacesPerSlot(String id, int places) {
        return hall(id, places, places);
    }

    /** A hall booking the housing transfer: registration (30 min) and deed tax (30 min) linked. */
    public static ServicePoint hall(String id, int registrationPlaces, int taxPlaces) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:30", "17:00")));
        }
        return new ServicePoint(
                id,
                "测试大厅 " + id,
                Tier.DISTRICT,
                null,
                "广州市番禺区测试路1号",
                22.9,
                113.3,
                hours,
                WINDOWS,
                List.of(
                        DemoServicePoints.ENTERPRISE_REGISTRATION.withPlacesPerSlot(registrationPlaces),
                        DemoServicePoints.PROPERTY_TRANSFER.withPlacesPerSlot(registrationPlaces),
                        DemoServicePoints.DEED_TAX.withPlacesPerSlot(taxPlaces)),
                List.of(DemoServicePoints.HOUSING_TRANSFER),
                Set.of());
    }
}
