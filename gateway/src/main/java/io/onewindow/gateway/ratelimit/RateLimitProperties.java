package io.onewindow.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one user (token subject) or, without a token, one client address may
 * send through the gateway. A token bucket per requester: {@code burstCapacity} at once, then
 * {@code replenishRate} more every {@code period}.
 *
 * @param enabled whether the gateway limits at all
 * @param replenishRate tokens added every period
 * @param burstCapacity the bucket's size
 * @param period the refill period
 * @param store where buckets live: {@code memory} (one instance) or {@code redis} (shared by
 *     several instances; env {@code RATE_LIMIT_STORE})
 * @param redisUrl the Redis server for {@code store=redis} (env {@code RATE_LIMIT_REDIS_URL})
 * @param maxTrackedClients the most buckets kept in memory at once (least recently used go)
 * @param publicReadReplenishRate tokens added every period to a client address's separate bucket
 *     for anonymous public reads ({@code GET /api/<service>/public/**} without a token)
 * @param publicReadBurstCapacity the size of that bucket
 * @param webPageReplenishRate tokens added every period to a client address's separate bucket
 *     for the web paths ({@code /console/**}, {@code /board/**}, {@code /verify}: pages, their
 *     assets and the console's partial updates, all keyed by address since no token is read there)
 * @param webPageBurstCapacity the size of that bucket
 * @param trustedProxies how many proxies in front of the gateway append to
 *     {@code X-Forwarded-For}; 0 means the TCP peer is the client
 */
@ConfigurationProperties("onewindow.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") long replenishRate,
        @DefaultValue("40") long burstCapacity,
        @DefaultValue("1s") Duration period,
        @DefaultValue("memory") Store store,
        @DefaultValue("redis://127.0.0.1:6379") String redisUrl,
        @DefaultValue("100000") long maxTrackedClients,
        @DefaultValue("0") int trustedProxies,
        @DefaultValue("100") long publicReadReplenishRate,
        @DefaultValue("200") long publicReadBurstCapacity,
        @DefaultValue("100") long webPageReplenishRate,
        @DefaultValue("300") long webPageBurstCapacity) {

    public RateLimitProperties {
        if (replenishRate <= 0 || burstCapacity <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("rate limit needs a positive replenish rate, burst capacity and period");
        }
        if (publicReadReplenishRate <= 0 || publicReadBurstCapacity <= 0) {
            throw new IllegalArgumentException("the public-read rate limit needs a positive replenish rate and burst");
        }
        if (webPageReplenishRate <= 0 || webPageBurstCapacity <= 0) {
            throw new IllegalArgumentException("the web-page rate limit needs a positive replenish rate and burst");
        }
    }

    /** Where the buckets are kept. */
    public enum Store {
        MEMORY,
        REDIS
    }
}
