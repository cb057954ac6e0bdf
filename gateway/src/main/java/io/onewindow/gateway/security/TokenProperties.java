package io.onewindow.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens the gateway lets through ({@code onewindow.security.*}), the same two settings and
 * defaults as every service's (platform-spring's {@code TokenProperties}), so that one pair of
 * environment variables sets both fences.
 *
 * @param audience the audience an accepted access token names in {@code aud} (env {@code
 *     ONEWINDOW_SECURITY_AUDIENCE})
 * @param clients the platform's clients, one of which an accepted token's {@code azp} must name (env
 *     {@code ONEWINDOW_SECURITY_CLIENTS}, comma-separated)
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
