package io.onewindow.approval.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private final UploadLimits limits = new UploadLimits(1000, 5, 4);

    private static List<Instant> times(int n, Instant at) {
        return Collections.nCopies(n, at);
    }

    @Test
    void exactlyTheQuotaIsAcceptedOneMoreFileOrByteIsNot() {
        assertThatCode(() -> limits.check(new UploadLimits.Usage(5, 1000, List.of()), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(new UploadLimits.Usage(6, 10, List.of()), NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "material.quota-files");
        assertThatThrownBy(() -> limits.check(new UploadLimits.Usage(1, 1001, List.of()), NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "material.quota-bytes");
    }

    @Test
    void theRateCountsUploadsOfTheLastMinuteOnly() {
        assertThatCode(() -> limits.check(new UploadLimits.Usage(1, 1, times(4, NOW)), NOW))
                .doesNotThrowAnyException();
        // Uploads exactly a minute old have left the window.
        List<Instant> old = new java.util.ArrayList<>(times(4, NOW.minus(Duration.ofMinutes(1))));
        old.add(NOW);
        assertThatCode(() -> limits.check(new UploadLimits.Usage(1, 1, old), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void overTheRateSaysWhenTheOldestCountedUploadLeavesTheWindow() {
        List<Instant> recent =
                List.of(NOW.minusSeconds(50), NOW.minusSeconds(40), NOW.minusSeconds(30), NOW.minusSeconds(20), NOW);
        assertThatThrownBy(() -> limits.check(new UploadLimits.Usage(1, 1, recent), NOW))
                .isInstanceOfSatisfying(UploadRateExceeded.class, e -> {
                    assertThat(e.code()).isEqualTo("material.rate-exceeded");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
                });
        // Part of a second still to wait is a whole second.
        List<Instant> almost =
                List.of(NOW.minusMillis(59_500), NOW.minusSeconds(1), NOW.minusSeconds(1), NOW.minusSeconds(1), NOW);
        assertThatThrownBy(() -> limits.check(new UploadLimits.Usage(1, 1, almost), NOW))
                .isInstanceOfSatisfying(
                        UploadRateExceeded.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new UploadLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadLimits(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadLimits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
