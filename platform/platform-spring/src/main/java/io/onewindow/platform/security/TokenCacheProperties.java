package io.onewindow.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A service's memory of the access tokens its decoder accepted ({@link ValidatedTokenCache}),
 * {@code onewindow.security.token-cache.*}.
 *
 * @param enabled whether accepted tokens are remembered until their {@code exp} (env {@code
 *     ONEWINDOW_SECURITY_TOKENCACHE_ENABLED}; off: every request's token is decoded, its signature
 *     checked and validated afresh)
 * @param maximumSize how many accepted tokens one instance holds at most (env {@code
 *     ONEWINDOW_SECURITY_TOKENCACHE_MAXIMUMSIZE}); a Keycloak access token with its claims is a few
 *     kilobytes
 */
@ConfigurationProperties("onewindow.security.token-cache")
public record TokenCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") int maximumSize) {}
