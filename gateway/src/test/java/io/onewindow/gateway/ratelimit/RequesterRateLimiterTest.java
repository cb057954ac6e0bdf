package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequesterRateLimiterTest {

    private static final RateLimitProperties TWO_PER_MINUTE = new RateLimitProperties(
            true, 2, 2, Duration.ofMinutes(1), RateLimitProperties.Store.MEMORY, "", 100, 0, 100, 200);

    @Test
    void tellsHowLongToWaitOnceTheBucketIsEmpty() {
        var limiter = new RateLimitConfiguration().inMemoryRateLimiter(TWO_PER_MINUTE);

        assertThat(limiter.tryAcquire("user:a").block().remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("user:a").block().remaining()).isZero();
        var refused = limiter.tryAcquire("user:a").block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(29L, 30L);
        assertThat(limiter.tryAcquire("user:b").block().allowed()).isTrue();
    }

    @Test
    void letsRequestsThroughWhenTheBucketStoreFails() {
        @SuppressWarnings("unchecked")
        AsyncProxyManager<String> broken = (AsyncProxyManager<String>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AsyncProxyManager.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("Redis is down");
                });

        var decision = new RequesterRateLimiter(broken, TWO_PER_MINUTE)
                .tryAcquire("user:a")
                .block();

        assertThat(decision.allowed()).isTrue();
    }
}
