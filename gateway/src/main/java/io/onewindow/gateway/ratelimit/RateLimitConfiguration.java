package io.onewindow.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.security.AcceptedTokens;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limiting with exactly one bucket store: Caffeine in memory by default, Redis when
 * {@code onewindow.gateway.rate-limit.store=redis}. The Bucket4j proxy managers are kept out of
 * the context on purpose: as beans they would also switch on the gateway's own
 * {@code Bucket4jRateLimiter}, which refuses every request when its store fails.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "onewindow.gateway.rate-limit", name = "enabled", matchIfMissing = true)
class RateLimitConfiguration {

    /** Buckets stay this long after they would be full again, then go. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofSeconds(10);

    @Bean
    KeyResolver requesterKeyResolver(RateLimitProperties properties, AcceptedTokens acceptedTokens) {
        return new RequesterKeyResolver(properties.trustedProxies(), acceptedTokens::accepted);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RequesterRateLimiter limiter, KeyResolver requesters, ProblemResponses problems) {
        return new RateLimitFilter(limiter, requesters, problems);
    }

    @Bean
    @ConditionalOnProperty(
            prefix = "onewindow.gateway.rate-limit",
            name = "store",
            havingValue = "memory",
            matchIfMissing = true)
    RequesterRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        var buckets = Bucket4jCaffeine.<String>builderFor(
                        Caffeine.newBuilder().maximumSize(properties.maxTrackedClients()))
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build()
                .asAsync();
        return new RequesterRateLimiter(buckets, properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "onewindow.gateway.rate-limit", name = "store", havingValue = "redis")
    static class RedisStore {

        @Bean(destroyMethod = "shutdown")
        RedisClient rateLimitRedisClient(RateLimitProperties properties) {
            return RedisClient.create(properties.redisUrl());
        }

        @Bean(destroyMethod = "close")
        StatefulRedisConnection<String, byte[]> rateLimitRedisConnection(RedisClient client) {
            return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        }

        @Bean
        RequesterRateLimiter redisRateLimiter(
                StatefulRedisConnection<String, byte[]> connection, RateLimitProperties properties) {
            var buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                    .build()
                    .asAsync();
            return new RequesterRateLimiter(buckets, properties);
        }
    }
}
