package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

class ConcurrencyLimitTest {

    @Test
    void aCallBeyondTheLimitWaitsAndGetsThePlaceOfOneThatFinishes() {
        var limit = new ConcurrencyLimit("test", 1, Duration.ofSeconds(5));
        ConcurrencyLimit.Permit first = limit.acquire().block();
        AtomicReference<ConcurrencyLimit.Permit> second = new AtomicReference<>();
        limit.acquire().subscribe(second::set);
        assertThat(second.get()).isNull();
        assertThat(limit.waiting()).isEqualTo(1);

        first.release();
        first.release(); // twice is once

        assertThat(second.get()).isNotNull();
        assertThat(limit.inFlight()).isEqualTo(1);
        assertThat(limit.waiting()).isZero();
        second.get().release();
        assertThat(limit.inFlight()).isZero();
    }

    @Test
    void aCallThatWaitedTooLongIsRefused() {
        var limit = new ConcurrencyLimit("test", 1, Duration.ofMillis(100));
        limit.acquire().block();
        long started = System.nanoTime();
        StepVerifier.create(limit.acquire())
                .expectError(ConcurrencyLimit.Full.class)
                .verify(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
        assertThat(limit.waiting()).isZero();
        assertThat(limit.inFlight()).isEqualTo(1);
    }

    @Test
    void withoutAWaitACallBeyondTheLimitIsRefusedAtOnce() {
        var limit = new ConcurrencyLimit("test", 1, Duration.ZERO);
        limit.acquire().block();
        StepVerifier.create(limit.acquire())
                .expectError(ConcurrencyLimit.Full.class)
                .verify(Duration.ofSeconds(1));
    }

    @Test
    void aCallerThatGoesAwayWhileWaitingLeavesNoPlaceTaken() {
        var limit = new ConcurrencyLimit("test", 1, Duration.ofSeconds(5));
        ConcurrencyLimit.Permit first = limit.acquire().block();
        Disposable waiting = limit.acquire().subscribe();
        assertThat(limit.waiting()).isEqualTo(1);

        waiting.dispose();
        assertThat(limit.waiting()).isZero();
        first.release();
        assertThat(limit.inFlight()).isZero();
    }
}
