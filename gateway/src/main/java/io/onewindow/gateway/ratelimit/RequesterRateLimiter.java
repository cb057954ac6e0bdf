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

    private static final String PUBLIC_READS = "public-reads:";
    private static final String WEB_PAGES = "web-pages:";

    /** Which of a requester's buckets a request draws on. */
    enum Budget {
        /** Everything but the two below: the requester's (user's or address's) own bucket. */
        GENERAL,
        /** Anonymous public reads of the services, per address. */
        PUBLIC_READ,
        /** The web paths (console, boards, verification page), per address. */
        WEB_PAGE
    }

    private final AsyncProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final BucketConfiguration publicReadConfiguration;
    private final BucketConfiguration webPageConfiguration;

    RequesterRateLimiter(AsyncProxyManager<String> buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.configuration = bucketConfiguration(properties);
        this.publicReadConfiguration = publicReadBucketConfiguration(properties);
        this.webPageConfiguration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.webPageBurstCapacity())
                        .refillGreedy(properties.webPageReplenishRate(), properties.period()))
                .build();
    }

    static BucketConfiguration publicReadBucketConfiguration(RateLimitProperties properties) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.publicReadBurstCapacity())
                        .refillGreedy(properties.publicReadReplenishRate(), properties.period()))
                .build();
    }

    /**
     * One token from the requester's bucket; an anonymous public read takes it from the
     * requester's separate public-read bucket instead.
     */
    Mono<Decision> tryAcquire(String requester, boolean publicRead) {
        return tryAcquire(requester, publicRead ? Budget.PUBLIC_READ : Budget.GENERAL);
    }

    /** One token from the requester's bucket for {@code budget}. */
    Mono<Decision> tryAcquire(String requester, Budget budget) {
        return switch (budget) {
            case GENERAL -> tryAcquire(requester, configuration);
            case PUBLIC_READ -> tryAcquire(PUBLIC_READS + requester, publicReadConfiguration);
            case WEB_PAGE -> tryAcquire(WEB_PAGES + requester, webPageConfiguration);
        };
    }

    static BucketConfiguration bucketConfiguration(RateLimitProperties properties) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.burstCapacity())
                        .refillGreedy(properties.replenishRate(), properties.period()))
                .build();
    }

    Mono<Decision> tryAcquire(String requester) {
        return tryAcquire(requester, false);
    }

    private Mono<Decision> tryAcquire(String key, BucketConfiguration bucket) {
        return Mono.defer(() -> Mono.fromFuture(buckets.builder()
                        .build(KEY_PREFIX + key, () -> CompletableFuture.completedFuture(bucket))
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
