package io.onewindow.appointment.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FullSlotsTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final FullSlots full = new FullSlots(Duration.ofSeconds(2), nanos::get);

    @Test
    void aSlotNeverSeenFullIsUnknown() {
        assertThat(full.seen("s")).isEqualTo(FullSlots.Seen.UNKNOWN);
    }

    @Test
    void aSlotSeenFullIsFullWithinTheMemoryAndStaleAfterIt() {
        full.full("s");
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(full.seen("s")).isEqualTo(FullSlots.Seen.FULL);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(full.seen("s")).isEqualTo(FullSlots.Seen.STALE);
    }

    @Test
    void seeingItFullAgainRenewsTheMemory() {
        full.full("s");
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        full.full("s");
        assertThat(full.seen("s")).isEqualTo(FullSlots.Seen.FULL);
    }

    @Test
    void aPlaceSeenOrGivenBackForgetsTheMark() {
        full.full("s");
        full.full("t");
        full.open("s");
        assertThat(full.seen("s")).isEqualTo(FullSlots.Seen.UNKNOWN);
        assertThat(full.seen("t")).isEqualTo(FullSlots.Seen.FULL);
    }

    @Test
    void aMemoryOfZeroRemembersNothing() {
        FullSlots none = new FullSlots(Duration.ZERO, nanos::get);
        none.full("s");
        assertThat(none.seen("s")).isEqualTo(FullSlots.Seen.UNKNOWN);
    }

    @Test
    void aNegativeMemoryIsRefused() {
        assertThatThrownBy(() -> new FullSlots(Duration.ofSeconds(-1), nanos::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
