package io.onewindow.appointment.support;

import io.onewindow.appointment.servicepoint.domain.LinkedBusiness;
import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.servicepoint.domain.Tier;
import io.onewindow.appointment.servicepoint.domain.TimeRange;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Service points shaped for a test story. */
public final class TestPoints {

    public static final String BUSINESS_REGISTRATION = "MR-ENT-REG";
    public static final String TRANSFER = "RE-TRANSFER-REG";
    public static final String DEED_TAX = "TAX-HOUSING-DEED";
    public static final String HOUSING_TRANSFER = "HOUSING-TRANSFER";

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
                4,
                List.of(
                        new MatterOffer(
                                BUSINESS_REGISTRATION, "企业设立登记", "market-regulation", "B", 20, registrationPlaces),
                        new MatterOffer(TRANSFER, "不动产转移登记", "real-estate-registration", "A", 30, registrationPlaces),
                        new MatterOffer(DEED_TAX, "存量房交易契税申报", "tax", "T", 30, taxPlaces)),
                List.of(new LinkedBusiness(HOUSING_TRANSFER, "二手房转移登记", List.of(TRANSFER, DEED_TAX))),
                Set.of());
    }
}
