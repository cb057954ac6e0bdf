package io.onewindow.gateway.routing;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services behind the gateway, by the path segment they own: service {@code licenses} gets
 * {@code /api/licenses/**}, and its OpenAPI document is published as
 * {@code /api/licenses/v3/api-docs}.
 *
 * @param services each service's base URI (env {@code APPOINTMENT_SERVICE_URI},
 *     {@code APPROVAL_SERVICE_URI}, {@code E_LICENSE_SERVICE_URI}, {@code SUPERVISION_SERVICE_URI})
 */
@ConfigurationProperties("onewindow.gateway")
public record RoutingProperties(Map<String, Service> services) {

    public RoutingProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    /**
     * @param uri where the service listens, e.g. {@code http://127.0.0.1:8081}
     * @param maxConcurrentCalls calls the service may have in flight through this gateway;
     *     {@code null} for {@code onewindow.gateway.resilience.max-concurrent-calls}
     */
    public record Service(URI uri, Integer maxConcurrentCalls) {}
}
