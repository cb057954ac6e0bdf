package io.onewindow.notification.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DayBeforeReminderTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private final DayBeforeReminder rule = new DayBeforeReminder(LocalTime.of(9, 0), DISTRICT);

    @Test
    void remindsNothingBeforeTheTimeOfDay() {
        // 08:59:59 on 2 March in the district
        assertThat(rule.due(Instant.parse("2026-03-02T00:59:59Z"))).isEmpty();
    }

    @Test
    void fromTheTimeOfDayRemindsTheWholeNextDistrictDay() {
        // 09:00 on 2 March in the district: the slots of 3 March, 00:00 to 24:00 in the district
        assertThat(rule.due(Instant.parse("2026-03-02T01:00:00Z")))
                .contains(new DayBeforeReminder.Window(
                        Instant.parse("2026-03-02T16:00:00Z"), Instant.parse("2026-03-03T16:00:00Z")));
    }

    @Test
    void lateInTheEveningStillTheNextDayAndAfterMidnightTheDayAfter() {
        assertThat(rule.due(Instant.parse("2026-03-02T15:59:59Z")).orElseThrow().from())
                .isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
        // 00:00 on 3 March in the district is before 09:00: nothing until then
        assertThat(rule.due(Instant.parse("2026-03-02T16:00:00Z"))).isEmpty();
    }
}
