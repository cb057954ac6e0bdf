package io.onewindow.appointment.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.servicepoint.domain.MatterOffer;
import io.onewindow.appointment.servicepoint.domain.ServicePoint;
import io.onewindow.appointment.slot.domain.PlannedSlot;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.appointment.support.TestPoints;
import io.onewindow.appointment.support.TestSettings;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which slots are drawn, and the window's edges: just before release, at it, the last instant, the end. */
class FairReleaseTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.officialChina();
    static final ReleaseWindow RELEASE = new ReleaseWindow(CALENDAR, LocalTime.of(8, 0), 5);
    static final ServicePoint HALL = TestPoints.hall("fair-hall", 3, 3);
    static final FairRelease FAIR = new FairRelease(
            RELEASE,
            List.of(TestPoints.TRANSFER),
            List.of("scarce-hall"),
            Duration.ofSeconds(60),
            MutableClock.SHANGHAI);

    /** Tuesday 2026-12-08 09:00: released at 08:00 on Tuesday 2026-12-01, five working days before. */
    static PlannedSlot slot(ServicePoint point, String matter) {
        MatterOffer offer = point.offer(matter).orElseThrow();
        return new SlotPlanner(CALENDAR)
                .slotAt(point, offer, LocalDateTime.of(2026, 12, 8, 9, 0))
                .orElseThrow();
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(MutableClock.SHANGHAI).toInstant();
    }

    @Test
    void theDefaultsDrawTheHousingTransferRegistrationForSixtySeconds() {
        var settings = TestSettings.defaults();
        assertThat(settings.drawScarceMatters()).containsExactly(TestPoints.TRANSFER);
        assertThat(TestPoints.TRANSFER).isEqualTo("RE-TRANSFER-REG");
        assertThat(settings.drawScarceServicePoints()).allMatch(String::isBlank);
        assertThat(settings.drawWindow()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aSlotIsScarceByItsMatterOrByItsPoint() {
        assertThat(FAIR.isScarce("fair-hall", TestPoints.TRANSFER)).isTrue();
        assertThat(FAIR.isScarce("fair-hall", TestPoints.BUSINESS_REGISTRATION)).isFalse();
        assertThat(FAIR.isScarce("scarce-hall", TestPoints.BUSINESS_REGISTRATION))
                .isTrue();
        assertThat(FAIR.windowOf(slot(HALL, TestPoints.BUSINESS_REGISTRATION))).isEmpty();
        assertThat(new FairRelease(RELEASE, List.of(), List.of(), Duration.ofSeconds(60), MutableClock.SHANGHAI)
                        .isEnabled())
                .isFalse();
    }

    @Test
    void theWindowOpensAtTheSlotsReleaseAndLastsTheSetting() {
        FairRelease.Window window =
                FAIR.windowOf(slot(HALL, TestPoints.TRANSFER)).orElseThrow();
        LocalDateTime release = LocalDateTime.of(2026, 12, 1, 8, 0);
        assertThat(window.opens()).isEqualTo(at(release));
        assertThat(window.closes()).isEqualTo(at(release.plusSeconds(60)));
        // The release window agrees: the slot is bookable from that instant, not before.
        assertThat(RELEASE.isReleased(LocalDateTime.of(2026, 12, 8, 9, 0), release))
                .isTrue();
        assertThat(RELEASE.isReleased(LocalDateTime.of(2026, 12, 8, 9, 0), release.minusNanos(1)))
                .isFalse();

        Instant opens = window.opens();
        Instant closes = window.closes();
        assertThat(window.isOpenAt(opens.minusNanos(1))).isFalse();
        assertThat(window.hasOpenedAt(opens.minusNanos(1))).isFalse();
        assertThat(window.isOpenAt(opens)).isTrue();
        assertThat(window.hasOpenedAt(opens)).isTrue();
        assertThat(window.isOpenAt(closes.minusNanos(1))).isTrue();
        assertThat(window.hasClosedAt(closes.minusNanos(1))).isFalse();
        assertThat(window.isOpenAt(closes)).isFalse();
        assertThat(window.hasClosedAt(closes)).isTrue();
        assertThat(window.isOpenAt(closes.plusSeconds(1))).isFalse();
    }

    @Test
    void aWindowOfNoLengthIsRefused() {
        assertThatThrownBy(() -> new FairRelease(
                        RELEASE, List.of(TestPoints.TRANSFER), List.of(), Duration.ZERO, MutableClock.SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
