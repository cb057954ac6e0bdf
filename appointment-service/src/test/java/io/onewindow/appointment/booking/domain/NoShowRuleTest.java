package io.onewindow.appointment.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestSettings;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import io.onewindow.platform.identity.IdentityPseudonyms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The no-show rule at its boundaries, with the settings' defaults: 2 no-shows in 30 days, 90 days. */
class NoShowRuleTest {

    static final NoShowRule RULE = TestSettings.defaults().noShowRule();
    static final Principal PERSON =
            new IdentityHasher(new IdentityPseudonyms("unit-test-salt-0123456789")).principal(TestIds.person(8));
    static final Instant NOW = Instant.parse("2026-12-31T02:00:00Z");

    @Test
    void aNoShowOnTheThirtiethDayOfTheWindowCountsEvenAtItsFirstInstant() {
        NoShowRule.Window window = RULE.windowAt(NOW);
        // Day 30: from exactly 30 × 24 hours before now to 29 × 24 hours before now.
        assertThat(window.contains(NOW.minus(Duration.ofDays(30)))).isTrue();
        assertThat(window.contains(NOW.minus(Duration.ofDays(29)).minusSeconds(1)))
                .isTrue();
        assertThat(window.from()).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void aNoShowOnTheThirtyFirstDayDoesNotCount() {
        NoShowRule.Window window = RULE.windowAt(NOW);
        assertThat(window.contains(NOW.minus(Duration.ofDays(30)).minusNanos(1)))
                .isFalse();
        assertThat(window.contains(NOW.minus(Duration.ofDays(31)))).isFalse();
    }

    @Test
    void theWindowEndsNow() {
        NoShowRule.Window window = RULE.windowAt(NOW);
        assertThat(window.contains(NOW)).isTrue();
        assertThat(window.contains(NOW.plusNanos(1))).isFalse();
        assertThat(window.to()).isEqualTo(NOW);
    }

    @Test
    void exactlyTwoNoShowsBanAndOneDoesNot() {
        assertThat(RULE.bans(1)).isFalse();
        assertThat(RULE.bans(2)).isTrue();
        assertThat(RULE.bans(3)).isTrue();
        assertThat(RULE.bans(0)).isFalse();
    }

    @Test
    void theBanEndsAfterExactlyNinetyDays() {
        BookingBan ban = RULE.ban(PERSON, "ban-1", 2, NOW);
        Instant end = NOW.plus(Duration.ofDays(90));
        assertThat(ban.until()).isEqualTo(end);
        assertThat(RULE.banEndsAt(NOW)).isEqualTo(end);
        assertThat(ban.isActiveAt(NOW)).isTrue();
        assertThat(ban.isActiveAt(end.minusNanos(1))).isTrue();
        assertThat(ban.isActiveAt(end)).isFalse();
        assertThat(ban.pendingEvents()).singleElement().isInstanceOfSatisfying(BookingBanImposed.class, imposed -> {
            assertThat(imposed.until()).isEqualTo(end);
            assertThat(imposed.noShows()).isEqualTo(2);
        });
    }

    @Test
    void oneNoShowImposesNoBan() {
        assertThatThrownBy(() -> RULE.ban(PERSON, "ban-1", 1, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBanInForceIsNotImposedAgainAndItsEndDoesNotMove() {
        BookingBan ban = RULE.ban(PERSON, "ban-1", 2, NOW);
        ban.pullEvents();
        Instant later = NOW.plus(Duration.ofDays(10));

        assertThat(RULE.banAgain(ban, "ban-2", 3, later)).isFalse();

        assertThat(ban.banId()).isEqualTo("ban-1");
        assertThat(ban.until()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(ban.pendingEvents()).isEmpty();
    }

    @Test
    void aBanThatIsOverOrLiftedIsImposedAnewFromNow() {
        BookingBan ban = RULE.ban(PERSON, "ban-1", 2, NOW);
        ban.lift("appeal accepted", "u-admin1", "admin1", NOW.plusSeconds(60));
        ban.pullEvents();
        Instant later = NOW.plus(Duration.ofDays(10));

        assertThat(RULE.banAgain(ban, "ban-2", 2, later)).isTrue();

        assertThat(ban.banId()).isEqualTo("ban-2");
        assertThat(ban.liftedAt()).isNull();
        assertThat(ban.until()).isEqualTo(later.plus(Duration.ofDays(90)));
        assertThat(ban.isActiveAt(later)).isTrue();
        assertThat(ban.pendingEvents()).singleElement().isInstanceOf(BookingBanImposed.class);
    }

    @Test
    void takesItsValuesFromTheSettings() {
        NoShowRule stricter = TestSettings.with(
                        Map.of("no-shows-for-ban", "3", "no-show-window", "P7D", "ban-length", "P14D"))
                .noShowRule();
        assertThat(stricter.bans(2)).isFalse();
        assertThat(stricter.bans(3)).isTrue();
        assertThat(stricter.windowAt(NOW).from()).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(stricter.banEndsAt(NOW)).isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void refusesAThresholdBelowOneAndEmptyDurations() {
        assertThatThrownBy(() -> new NoShowRule(0, Duration.ofDays(30), Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoShowRule(2, Duration.ZERO, Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoShowRule(2, Duration.ofDays(30), Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
