package io.onewindow.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class StaleVersionRetryTest {

    @Test
    void readsAndAppliesAgainAfterTheRelayBumpedTheVersion() {
        AtomicInteger reads = new AtomicInteger();
        String result = StaleVersionRetry.retry(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new OptimisticLockingFailureException("version 3 expected, found 4");
            }
            return "saved";
        });
        assertThat(result).isEqualTo("saved");
        assertThat(reads).hasValue(2);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheConflict() {
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> StaleVersionRetry.retry(() -> {
                    reads.incrementAndGet();
                    throw new OptimisticLockingFailureException("always stale");
                }))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reads).hasValue(StaleVersionRetry.DEFAULT_ATTEMPTS);
    }

    @Test
    void doesNotRetryOtherFailures() {
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> StaleVersionRetry.retry(() -> {
                    reads.incrementAndGet();
                    throw new IllegalStateException("not a version conflict");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reads).hasValue(1);
    }
}
