package io.onewindow.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services behind the gateway, by the path segment they own: service {@code licenses} gets
 * {@code /api/licenses/**}, and its OpenAPI document is published as
 * {@code /api/licenses/v3/api-docs}. The staff console is no {@code /api} service: it owns the web
 * paths {@code /console/**} and {@code /board/**} ({@link WebPaths}) and has no API document.
 *
 * @param services each service's instances (env {@code APPOINTMENT_SERVICE_URI} or, for several,
 *     {@code APPOINTMENT_SERVICE_URIS}; the same for {@code APPROVAL_…}, {@code E_LICENSE_…},
 *     {@code SUPERVISION_…})
 * @param loadBalancing how an instance that refuses connections is left out and taken back
 * @param console the console application's instances (env {@code CONSOLE_URI}, default
 *     {@code http://127.0.0.1:8090}, or {@code CONSOLE_URIS}); several instances must share their
 *     sessions, as each request may go to another one
 */
@ConfigurationProperties("onewindow.gateway")
public record RoutingProperties(
        Map<String, Service> services, @DefaultValue LoadBalancing loadBalancing, Service console) {

    /** The console's name for its circuit breaker, concurrency limit and load balancer. */
    public static final String CONSOLE = "console";

    /** Where the console listens when nothing is set: its default port on this machine. */
    static final URI DEFAULT_CONSOLE_URI = URI.create("http://127.0.0.1:8090");

    /** A service with several instances is routed as {@code lb://<name>}: a host name. */
    private static final Pattern BALANCED_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    public RoutingProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        if (services.containsKey(CONSOLE)) {
            throw new IllegalArgumentException("onewindow.gateway.services." + CONSOLE
                    + ": the console is not an /api service; set onewindow.gateway.console.uri (CONSOLE_URI)");
        }
        if (console == null || (console.uri() == null && console.uris().isEmpty())) {
            console =
                    new Service(DEFAULT_CONSOLE_URI, List.of(), console == null ? null : console.maxConcurrentCalls());
        }
        var backends = new LinkedHashMap<>(services);
        backends.put(CONSOLE, console);
        backends.forEach((name, service) -> {
            List<URI> instances = service.instances();
            for (URI instance : instances) {
                if (instance.getHost() == null || !instance.isAbsolute()) {
                    throw new IllegalArgumentException("onewindow.gateway.services." + name
                            + ": an instance must be an absolute URI with a host, e.g. http://127.0.0.1:8081, not "
                            + instance);
                }
            }
            if (instances.size() > 1 && !BALANCED_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("onewindow.gateway.services." + name
                        + ": a service with several instances needs a name of lower-case letters, digits and '-'");
            }
        });
    }

    /**
     * A service or the console by the name its breaker, concurrency limit and load balancer have;
     * {@code null} for a name that is neither.
     */
    public Service backend(String name) {
        return CONSOLE.equals(name) ? console : services.get(name);
    }

    /** Each service and the console, by name. */
    public Map<String, Service> backends() {
        var backends = new LinkedHashMap<>(services);
        backends.put(CONSOLE, console);
        return Collections.unmodifiableMap(backends);
    }

    /**
     * @param uri where the service listens, e.g. {@code http://127.0.0.1:8081}: one instance
     * @param uris where its instances listen, e.g. {@code http://10.0.0.5:8081,http://10.0.0.6:8081};
     *     when given, {@code uri} is not used. Requests are spread round robin over them.
     * @param maxConcurrentCalls calls the service may have in flight through this gateway (all its
     *     instances together); {@code null} for {@code onewindow.gateway.resilience.max-concurrent-calls}
     */
    public record Service(URI uri, List<URI> uris, Integer maxConcurrentCalls) {

        public Service {
            uris = uris == null ? List.of() : List.copyOf(uris);
        }

        /** The service's instances: {@code uris} if given, else {@code uri}. */
        public List<URI> instances() {
            if (!uris.isEmpty()) {
                return uris;
            }
            if (uri == null) {
                throw new IllegalArgumentException("a service needs a uri or uris");
            }
            return List.of(uri);
        }

        /** Whether requests are spread over several instances (routed through the load balancer). */
        public boolean balanced() {
            return instances().size() > 1;
        }
    }

    /**
     * @param probeInterval how often an instance that refused a connection (or did not accept one
     *     within the connect timeout) is tried with a plain TCP connect; it gets requests again once
     *     one succeeds, and none before
     * @param probeTimeout how long one such connect may take
     */
    public record LoadBalancing(
            @DefaultValue("1s") Duration probeInterval,
            @DefaultValue("1s") Duration probeTimeout) {}
}
