package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RequesterRateLimiterTest {

    private static final RateLimitProperties TWO_PER_MINUTE = new RateLimitProperties(
            true, 2, 2, Duration.ofMinutes(1), RateLimitProperties.Store.MEMORY, "", 100, 0, 100, 200, 100, 300);

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
    void theDefaultsLetASurgeOfSignedInBookersThroughButStopOneAbusiveClient() {
        RateLimitProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("onewindow.gateway.rate-limit", RateLimitProperties.class);
        var limiter = new RateLimitConfiguration().inMemoryRateLimiter(defaults);

        // 2,000 bookers, each keyed by its own token subject, each making 5 calls at once
        int refusedBookers = 0;
        for (int booker = 0; booker < 2_000; booker++) {
            for (int call = 0; call < 5; call++) {
                if (!limiter.tryAcquire("user:booker-" + booker).block().allowed()) {
                    refusedBookers++;
                }
            }
        }
        assertThat(refusedBookers).isZero();

        // one client firing 100 calls at once: its burst of 40 (plus what refills meanwhile) passes
        int allowed = 0;
        long started = System.nanoTime();
        for (int call = 0; call < 100; call++) {
            if (limiter.tryAcquire("user:abuser").block().allowed()) {
                allowed++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(allowed).isGreaterThanOrEqualTo(40).isLessThanOrEqualTo(40 + (int) Math.ceil(20 * seconds));
        assertThat(allowed).as("most of the 100 are refused").isLessThan(100);
    }

    @Test
    void theDefaultWebPageBudgetLetsAHallOfOfficersLoadTheirPagesAtOnceAndStaysApartFromTheGeneralOne() {
        RateLimitProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("onewindow.gateway.rate-limit", RateLimitProperties.class);
        var limiter = new RateLimitConfiguration().inMemoryRateLimiter(defaults);
        String hall = "ip:203.0.113.7"; // thirty counters behind one address

        // each officer opens the workbench at the same moment: the page, its style, htmx, the
        // queue partial and a few more, ten requests each
        int refused = 0;
        for (int request = 0; request < 30 * 10; request++) {
            if (!limiter.tryAcquire(hall, RequesterRateLimiter.Budget.WEB_PAGE)
                    .block()
                    .allowed()) {
                refused++;
            }
        }
        assertThat(refused).isZero();
        // the address's general budget (its anonymous API calls) is untouched by them
        assertThat(limiter.tryAcquire(hall).block().remaining()).isEqualTo(39);
        // a flood from one address is still stopped once the page budget is spent
        int allowed = 0;
        for (int request = 0; request < 400; request++) {
            if (limiter.tryAcquire(hall, RequesterRateLimiter.Budget.WEB_PAGE)
                    .block()
                    .allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isLessThan(400);
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
