package io.onewindow.platform.messaging.outbox;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a read-modify-write of an aggregate again when its save meets a newer version. The
 * outbox relay bumps an aggregate's {@code @Version} when it removes published events (so a
 * stale save cannot bring them back); a use case that read the aggregate just before must
 * then read it again and re-apply its change, not fail the caller.
 */
public final class StaleVersionRetry {

    /** Enough for the relay's one bump plus a genuinely concurrent writer. */
    public static final int DEFAULT_ATTEMPTS = 3;

    private StaleVersionRetry() {}

    /**
     * Runs {@code readModifyWrite} (which must read the aggregate itself) up to
     * {@link #DEFAULT_ATTEMPTS} times; the last conflict is rethrown.
     */
    public static <T> T retry(Supplier<T> readModifyWrite) {
        return retry(DEFAULT_ATTEMPTS, readModifyWrite);
    }

    /** As {@link #retry(Supplier)}, with a number of attempts. */
    public static <T> T retry(int attempts, Supplier<T> readModifyWrite) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return readModifyWrite.get();
            } catch (OptimisticLockingFailureException stale) {
                if (attempt >= attempts) {
                    throw stale;
                }
            }
        }
    }
}
