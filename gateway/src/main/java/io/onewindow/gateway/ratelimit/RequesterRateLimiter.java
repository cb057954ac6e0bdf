package io.onewindow.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * One Bucket4j token bucket per requester, kept in memory or in Redis (whichever proxy manager
 * it is given). It answers how long to wait when a bucket is empty, for {@code Retry-After}.
 * When the store fails (Redis down) it lets requests through: a rate limit protects the
 * services, it must not take the platform down with it.
 */
final class RequesterRateLimiter {

    private static final Log log = LogFactory.getLog(RequesterRateLimiter.class);
    private static final String KEY_PREFIX = "onewindow:gateway:ratelimit:";

    private final AsyncProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    RequesterRateLimiter(AsyncProxyManager<String> buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.configuration = bucketConfiguration(properties);
    }

    static BucketConfiguration bucketConfiguration(RateLimitProperties properties) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.burstCapacity())
                        .refillGreedy(properties.replenishRate(), properties.period()))
                .build();
    }

    Mono<Decision> tryAcquire(String requester) {
        return Mono.defer(() -> Mono.fromFuture(buckets.builder()
                        .build(KEY_PREFIX + requester, () -> CompletableFuture.completedFuture(configuration))
                        .tryConsumeAndReturnRemaining(1)))
                .map(probe -> probe.isConsumed()
                        ? Decision.allowed(probe.getRemainingTokens())
                        : Decision.denied(Duration.ofNanos(probe.getNanosToWaitForRefill())))
                .onErrorResume(failure -> {
                    log.warn("Rate limit store failed; letting the request through: " + failure);
                    return Mono.just(Decision.allowed(-1));
                });
    }

    /** Whether a request may pass; when not, how long until it may. */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {

        static Decision allowed(long remaining) {
            return new Decision(true, remaining, Duration.ZERO);
        }

        static Decision denied(Duration retryAfter) {
            return new Decision(false, 0, retryAfter);
        }

        /** Whole seconds to wait, at least one, as {@code Retry-After} wants it. */
        long retryAfterSeconds() {
            long millis = retryAfter.toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }
}
