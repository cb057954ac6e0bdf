package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    private final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aMessageBeforeTheStartGoesAtOnce() {
        assertThat(overnight.release(at("2026-03-02T21:59:59"), SHANGHAI)).isEqualTo(at("2026-03-02T21:59:59"));
    }

    @Test
    void aMessageAtTheStartWaitsUntilTheNextMorning() {
        assertThat(overnight.release(at("2026-03-02T22:00:00"), SHANGHAI)).isEqualTo(at("2026-03-03T07:00:00"));
        assertThat(overnight.release(at("2026-03-02T23:59:59"), SHANGHAI)).isEqualTo(at("2026-03-03T07:00:00"));
    }

    @Test
    void aMessageAfterMidnightWaitsUntilTheSameMorning() {
        assertThat(overnight.release(at("2026-03-03T00:00:00"), SHANGHAI)).isEqualTo(at("2026-03-03T07:00:00"));
        assertThat(overnight.release(at("2026-03-03T06:59:59"), SHANGHAI)).isEqualTo(at("2026-03-03T07:00:00"));
    }

    @Test
    void theEndItselfIsNoLongerQuiet() {
        assertThat(overnight.contains(at("2026-03-03T07:00:00"), SHANGHAI)).isFalse();
        assertThat(overnight.release(at("2026-03-03T07:00:00"), SHANGHAI)).isEqualTo(at("2026-03-03T07:00:00"));
    }

    @Test
    void quietHoursWithinADayWaitUntilTheirEndThatDay() {
        assertThat(lunch.release(at("2026-03-02T11:59:59"), SHANGHAI)).isEqualTo(at("2026-03-02T11:59:59"));
        assertThat(lunch.release(at("2026-03-02T12:30:00"), SHANGHAI)).isEqualTo(at("2026-03-02T14:00:00"));
        assertThat(lunch.release(at("2026-03-02T14:00:00"), SHANGHAI)).isEqualTo(at("2026-03-02T14:00:00"));
    }

    @Test
    void quietHoursMustNotStartAndEndAtOnce() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "preferences.quiet-hours");
    }
}
