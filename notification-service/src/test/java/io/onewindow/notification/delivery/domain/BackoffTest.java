package io.onewindow.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), 2, 4);

    @Test
    void waitsTheFirstDelayAfterTheFirstFailureAndMultipliesEachTimeAfter() {
        assertThat(backoff.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(backoff.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(backoff.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
    }

    @Test
    void givesUpAfterTheLastAttemptAllowed() {
        assertThat(backoff.nextAttempt(4, NOW)).isEmpty();
        assertThat(backoff.nextAttempt(5, NOW)).isEmpty();
    }

    @Test
    void neverWaitsMoreThanADay() {
        assertThat(new Backoff(Duration.ofHours(1), 10, 20).delayAfter(10)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void refusesSettingsThatCannotRetry() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
