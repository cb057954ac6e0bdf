package io.onewindow.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens a OneWindow service accepts ({@code onewindow.security.*}); the gateway reads the
 * same two settings. See {@link TokenChecks} and {@code docs/security.md}.
 *
 * @param audience the audience every accepted access token names in {@code aud} (env {@code
 *     ONEWINDOW_SECURITY_AUDIENCE}); the realm's {@code onewindow-api} client scope puts it into the
 *     access tokens of the platform's clients
 * @param clients the platform's clients: an accepted token's {@code azp} (the client it was issued
 *     to) is one of them (env {@code ONEWINDOW_SECURITY_CLIENTS}, comma-separated); Keycloak's own
 *     clients ({@code admin-cli}, {@code account}, …) are not
 */
@ConfigurationProperties("onewindow.security")
public record TokenProperties(
        @DefaultValue(TokenChecks.DEFAULT_AUDIENCE) String audience,

        @DefaultValue({
            "onewindow-portal",
            "onewindow-wechat",
            "onewindow-console",
            "onewindow-cli",
            "partner-tax",
            "partner-housing",
            "partner-discipline",
            "e-license-service"
        })
        List<String> clients) {}
