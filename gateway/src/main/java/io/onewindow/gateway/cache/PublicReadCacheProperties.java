package io.onewindow.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's short cache of anonymous public reads ({@link PublicReadCache}, one per service).
 *
 * @param enabled whether the gateway caches public reads at all
 * @param maxTimeToLive the longest the gateway keeps one answer; each answer is kept as long as
 *     the service's own {@code max-age} (or {@code s-maxage}) for it says, at most this
 * @param size the most memory the cached answers of one service may take
 */
@ConfigurationProperties("onewindow.gateway.public-cache")
public record PublicReadCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10m") Duration maxTimeToLive,
        @DefaultValue("10MB") DataSize size) {}
