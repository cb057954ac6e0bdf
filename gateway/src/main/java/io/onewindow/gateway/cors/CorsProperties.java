package io.onewindow.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins (the portals) may call the gateway.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://portal.example.gov.cn} (env
 *     {@code GATEWAY_CORS_ALLOWED_ORIGINS}, comma-separated); the gateway's own public origin
 *     belongs here too, for its Swagger UI's "try it out" behind a proxy
 * @param allowedMethods methods a portal may use
 * @param exposedHeaders response headers a portal's script may read
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("onewindow.gateway.cors")
public record CorsProperties(
        @DefaultValue({
            "http://localhost:3000",
            "http://127.0.0.1:3000",
            "http://localhost:8080",
            "http://127.0.0.1:8080"
        })
        List<String> allowedOrigins,

        @DefaultValue({"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        List<String> allowedMethods,

        @DefaultValue({
            "X-Correlation-Id",
            "Retry-After",
            "Location",
            "X-RateLimit-Remaining",
            "ETag",
            "Link",
            "X-Total-Count"
        })
        List<String> exposedHeaders,

        @DefaultValue("1h") Duration maxAge) {}
