package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.fppt.jedismock.RedisServer;
import io.lettuce.core.RedisClient;
import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.security.AcceptedTokens;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Exactly one bucket store, chosen by {@code onewindow.gateway.rate-limit.store}. */
class RateLimitStoreSelectionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(JsonMapper.class, JsonMapper::shared)
            .withUserConfiguration(
                    Properties.class, ProblemResponses.class, AcceptedTokens.class, RateLimitConfiguration.class);

    @Test
    void keepsBucketsInMemoryByDefault() {
        context.run(app -> {
            assertThat(app).hasSingleBean(RequesterRateLimiter.class).hasSingleBean(RateLimitFilter.class);
            assertThat(app).doesNotHaveBean(RedisClient.class).doesNotHaveBean(RateLimiter.class);
        });
    }

    @Test
    void keepsBucketsInRedisWhenConfigured() throws IOException {
        RedisServer redis = RedisServer.newRedisServer(0).start();
        try {
            context.withPropertyValues(
                            "onewindow.gateway.rate-limit.store=redis",
                            "onewindow.gateway.rate-limit.redis-url=redis://127.0.0.1:" + redis.getBindPort())
                    .run(app -> {
                        assertThat(app)
                                .hasSingleBean(RequesterRateLimiter.class)
                                .hasSingleBean(RedisClient.class);
                        assertThat(app.getBean(RequesterRateLimiter.class)
                                        .tryAcquire("ip:192.0.2.1")
                                        .block()
                                        .remaining())
                                .isEqualTo(39);
                    });
        } finally {
            redis.stop();
        }
    }

    @Test
    void canBeSwitchedOff() {
        context.withPropertyValues("onewindow.gateway.rate-limit.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(RateLimitFilter.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitProperties.class)
    static class Properties {}
}
