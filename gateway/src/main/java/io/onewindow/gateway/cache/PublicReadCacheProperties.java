package io.onewindow.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's short cache of anonymous public reads (Spring Cloud Gateway's LocalResponseCache,
 * one per service).
 *
 * @param enabled whether the gateway caches public reads at all
 * @param timeToLive how long a cached answer is served; keep it at most the shortest
 *     {@code max-age} the services give their public reads (slot availability: 5 s)
 * @param size the most memory the cached answers of one service may take
 */
@ConfigurationProperties("onewindow.gateway.public-cache")
public record PublicReadCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration timeToLive,
        @DefaultValue("10MB") DataSize size) {}
