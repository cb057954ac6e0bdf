package io.onewindow.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's memory of tokens it already accepted ({@link ValidatedTokenCache}).
 *
 * @param enabled whether accepted tokens are remembered until their expiry (off: every request's
 *     token is decoded and checked afresh)
 * @param maximumSize how many accepted tokens are remembered at most (the least used go first)
 */
@ConfigurationProperties("onewindow.gateway.token-cache")
public record TokenCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100000") long maximumSize) {}
