package io.onewindow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.fppt.jedismock.RedisServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Redis bucket store against a Redis server written in Java (jedis-mock: RESP and Lua), so
 * that two gateway instances sharing one Redis share each requester's bucket.
 */
class RedisBucketsTest {

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws IOException {
        redis = RedisServer.newRedisServer(0).start();
    }

    @AfterAll
    static void stopRedis() throws IOException {
        redis.stop();
    }

    @Test
    void twoGatewayInstancesDrawOnTheSameBucket() {
        var properties = new RateLimitProperties(
                true,
                2,
                2,
                Duration.ofMinutes(1),
                RateLimitProperties.Store.REDIS,
                "redis://" + redis.getHost() + ":" + redis.getBindPort(),
                100,
                0,
                100,
                200,
                100,
                300);
        var store = new RateLimitConfiguration.RedisStore();
        var firstClient = store.rateLimitRedisClient(properties);
        var secondClient = store.rateLimitRedisClient(properties);
        try {
            var first = store.redisRateLimiter(store.rateLimitRedisConnection(firstClient), properties);
            var second = store.redisRateLimiter(store.rateLimitRedisConnection(secondClient), properties);

            long startedNanos = System.nanoTime();
            assertThat(first.tryAcquire("user:shared").block().allowed()).isTrue();
            assertThat(second.tryAcquire("user:shared").block().allowed()).isTrue();
            var refused = first.tryAcquire("user:shared").block();

            assertThat(refused.allowed()).isFalse();
            // one token back every 30 s (2 a minute), less the seconds the three calls took (connecting
            // to Redis and loading the script on a cold JVM may take a few)
            long elapsedSeconds =
                    Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
            assertThat(refused.retryAfterSeconds()).isBetween(29L - elapsedSeconds, 30L);
            assertThat(second.tryAcquire("user:other").block().allowed()).isTrue();
        } finally {
            firstClient.shutdown();
            secondClient.shutdown();
        }
    }
}
