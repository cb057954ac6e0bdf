package io.onewindow.appointment.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.appointment.support.TestIds;
import io.onewindow.appointment.support.TestSettings;
import io.onewindow.platform.events.appointment.BanLifted;
import io.onewindow.platform.events.appointment.BookingBanImposed;
import io.onewindow.platform.events.appointment.BookingChannel;
import io.onewindow.platform.identity.IdentityPseudonyms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    static final BookingLimits LIMITS = TestSettings.defaults().limits();
    static final NoShowRule NO_SHOWS = TestSettings.defaults().noShowRule();
    static final IdentityHasher HASHER = new IdentityHasher(new IdentityPseudonyms("unit-test-salt-0123456789"));

    @Test
    void defaultsAreTheDocumentedAntiScalpingRules() {
        assertThat(LIMITS.perDay()).isEqualTo(1);
        assertThat(LIMITS.perWeek()).isEqualTo(2);
        assertThat(LIMITS.perMonth()).isEqualTo(6);
        assertThat(LIMITS.activePerMatter()).isEqualTo(1);
        assertThat(LIMITS.cancelNotice()).isEqualTo(Duration.ofHours(2));
        assertThat(LIMITS.noShowGrace()).isEqualTo(Duration.ofMinutes(15));
        assertThat(NO_SHOWS.threshold()).isEqualTo(2);
        assertThat(NO_SHOWS.window()).isEqualTo(Duration.ofDays(30));
        assertThat(NO_SHOWS.banLength()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void allowsOneBookingPerDayAsOneGuardKey() {
        List<LimitGuard> guards = LimitGuard.periodGuards("h", LocalDate.of(2026, 12, 2), LIMITS);
        assertThat(guards.get(0).keys()).containsExactly("day:h:2026-12-02#0");
        assertThat(guards.get(1).keys()).containsExactly("week:h:2026-W49#0", "week:h:2026-W49#1");
        assertThat(guards.get(2).keys()).hasSize(6).allMatch(k -> k.startsWith("month:h:2026-12#"));
    }

    @Test
    void countsTheWeekAcrossTheMonthBoundaryByIsoWeek() {
        String monday = LimitGuard.periodGuards("h", LocalDate.of(2026, 11, 30), LIMITS)
                .get(1)
                .scope();
        String wednesday = LimitGuard.periodGuards("h", LocalDate.of(2026, 12, 2), LIMITS)
                .get(1)
                .scope();
        assertThat(monday).isEqualTo(wednesday);
    }

    @Test
    void allowsOneActiveBookingPerMatter() {
        assertThat(LimitGuard.matterGuard("h", "MR-ENT-REG", LIMITS).keys()).containsExactly("matter:h:MR-ENT-REG#0");
    }

    @Test
    void refusesLimitsThatContradictEachOther() {
        assertThatThrownBy(() -> new BookingLimits(3, 2, 6, 1, Duration.ofHours(2), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bansAfterTwoNoShowsInTheWindowForNinetyDays() {
        assertThat(NO_SHOWS.bans(1)).isFalse();
        assertThat(NO_SHOWS.bans(2)).isTrue();
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        BookingBan ban = NO_SHOWS.ban(HASHER.principal(TestIds.person(5)), "ban-1", 2, now);
        assertThat(ban.until()).isEqualTo(now.plus(Duration.ofDays(90)));
        assertThat(ban.isActiveAt(now.plus(Duration.ofDays(89)))).isTrue();
        assertThat(ban.isActiveAt(now.plus(Duration.ofDays(90)))).isFalse();
        assertThat(ban.pullEvents()).singleElement().isInstanceOf(BookingBanImposed.class);
    }

    @Test
    void liftsABanOnlyWhileItIsInForce() {
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        BookingBan ban = NO_SHOWS.ban(HASHER.principal(TestIds.person(5)), "ban-1", 2, now);
        ban.pullEvents();
        ban.lift("appeal accepted", "u-admin1", "admin1", now.plusSeconds(60));
        assertThat(ban.isActiveAt(now.plusSeconds(61))).isFalse();
        assertThat(ban.pullEvents()).singleElement().isInstanceOf(BanLifted.class);
        assertThatThrownBy(() -> ban.lift("again", "u-admin1", "admin1", now.plusSeconds(120)))
                .hasFieldOrPropertyWithValue("code", "ban-not-active");
    }

    @Test
    void hashesIdNumbersWithTheSaltAndNeverKeepsThemReadable() {
        Principal one = HASHER.principal(TestIds.person(7));
        assertThat(one).isEqualTo(HASHER.principal(TestIds.person(7)));
        assertThat(new IdentityHasher(new IdentityPseudonyms("another-salt-0123456789"))
                        .principal(TestIds.person(7))
                        .idHash())
                .isNotEqualTo(one.idHash());
        assertThat(one.idHash()).doesNotContain(TestIds.person(7).value());
        assertThat(one.idMasked()).contains("********");
    }

    @Test
    void fingerprintsDeviceAndAddressTogether() {
        assertThat(HASHER.fingerprint("dev-1", "10.0.0.1")).isEqualTo(HASHER.fingerprint("dev-1", "10.0.0.1"));
        assertThat(HASHER.fingerprint("dev-1", "10.0.0.1")).isNotEqualTo(HASHER.fingerprint("dev-1", "10.0.0.2"));
        assertThat(HASHER.fingerprint("dev-1", "10.0.0.1")).isNotEqualTo(HASHER.fingerprint("dev-2", "10.0.0.1"));
    }

    @Test
    void readsTheChannelFromTheTokensClient() {
        assertThat(Channels.ofClient("onewindow-portal")).isEqualTo(BookingChannel.PORTAL);
        assertThat(Channels.ofClient("onewindow-wechat")).isEqualTo(BookingChannel.WECHAT);
        assertThat(Channels.ofClient("onewindow-cli")).isEqualTo(BookingChannel.OTHER);
        assertThat(Channels.ofClient(null)).isEqualTo(BookingChannel.OTHER);
    }
}
