package io.onewindow.supervision.bans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingBanRecordTest {

    static final Instant IMPOSED = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-05-31T16:00:00Z");

    @Test
    void aBanLiftedBeforeItsEndIsAWarningNamingTheAdmin() {
        BookingBanRecord lifted = new BookingBanRecord(
                "ban-1",
                "h",
                "440113********1235",
                "NO_SHOWS",
                2,
                IMPOSED,
                UNTIL,
                Instant.parse("2026-03-10T02:00:00Z"),
                "admin1",
                "医院证明");

        assertThat(lifted.review("lift-event")).singleElement().satisfies(alert -> {
            assertThat(alert.ruleNumber()).isEqualTo(16);
            assertThat(alert.ruleCode()).isEqualTo(BookingBanRecord.LIFTED_EARLY);
            assertThat(alert.subjectId()).isEqualTo("ban-1");
            assertThat(alert.involved()).containsExactly("admin1");
            assertThat(alert.evidence()).containsExactly("lift-event");
            assertThat(alert.summary()).doesNotContain("440113199003071235");
        });
        assertThat(lifted.activeAt(Instant.parse("2026-03-11T00:00:00Z"))).isFalse();
    }

    @Test
    void aBanNotLiftedOrLiftedAfterItsEndIsNoAlert() {
        BookingBanRecord running =
                new BookingBanRecord("ban-2", "h", "m", "NO_SHOWS", 2, IMPOSED, UNTIL, null, null, null);
        BookingBanRecord late = new BookingBanRecord(
                "ban-3",
                "h",
                "m",
                "NO_SHOWS",
                2,
                IMPOSED,
                UNTIL,
                Instant.parse("2026-06-01T00:00:00Z"),
                "admin1",
                null);

        assertThat(running.review(null)).isEmpty();
        assertThat(late.review("e")).isEmpty();
        assertThat(running.activeAt(Instant.parse("2026-03-11T00:00:00Z"))).isTrue();
        assertThat(running.activeAt(Instant.parse("2026-06-01T00:00:00Z"))).isFalse();
    }
}
