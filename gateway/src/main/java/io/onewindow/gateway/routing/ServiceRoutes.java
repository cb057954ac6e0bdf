package io.onewindow.gateway.routing;

import io.onewindow.gateway.cache.PublicReadCache;
import io.onewindow.gateway.resilience.ResilienceProperties;
import io.onewindow.gateway.resilience.ServiceConcurrencyLimits;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import reactor.netty.channel.AbortedException;

/**
 * Two routes per service, both behind the service's circuit breaker: its API
 * ({@code /api/<service>/**}, path kept as it is) and its OpenAPI document
 * ({@code /api/<service>/v3/api-docs} → {@code /v3/api-docs}) for the gateway's Swagger UI, told
 * where it was asked for ({@link ApiDocsForwarding}) so that it names the gateway as its server (the API
 * route too, so that the {@code Link} header of a paged list points at the gateway).
 * Only GETs are retried: a POST that timed out may have been carried out. Each service has one
 * concurrency limit for both routes, taken before its circuit breaker. A service with several
 * instances is routed to {@code lb://<service>}: one instance per call, round robin, an instance
 * that refuses connections left out, and a retried GET sent to an instance it has not tried
 * ({@link LoadBalancing}); the limit and the breaker stay per service. Anonymous public reads
 * ({@code /api/<service>/public/**}) may be answered from the gateway's short cache first. A request
 * accepting {@code text/event-stream} (a service's live stream, e.g. {@code /api/notifications/mine/stream})
 * has a route of its own that is never retried (the client reconnects with {@code Last-Event-ID});
 * its answer is written and flushed event by event, and the breaker's time limit and the place
 * cover the call only until the service has answered with its headers.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    private static final String CORS_RESPONSE_HEADERS = "Access-Control-Allow-Origin Access-Control-Allow-Credentials";

    @Bean
    RouteLocator serviceRouteLocator(
            RouteLocatorBuilder builder,
            RoutingProperties routing,
            ResilienceProperties resilience,
            ServiceConcurrencyLimits concurrencyLimits,
            PublicReadCache publicReadCache) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, RoutingProperties.Service> entry :
                routing.services().entrySet()) {
            String service = entry.getKey();
            RoutingProperties.Service settings = entry.getValue();
            // several instances: Spring Cloud LoadBalancer picks one per call (LoadBalancing)
            String uri = settings.balanced()
                    ? "lb://" + service
                    : settings.instances().get(0).toString();
            String prefix = "/api/" + service;
            GatewayFilter limit =
                    concurrencyLimits.filterFor(service, entry.getValue().maxConcurrentCalls());
            routes.route(
                    service + "-api-docs",
                    r -> r.order(-1)
                            .path(prefix + "/v3/api-docs", prefix + "/v3/api-docs/**", prefix + "/v3/api-docs.yaml")
                            .filters(f -> guarded(
                                    f.filter(new ApiDocsForwarding())
                                            .rewritePath(prefix + "/(?<docs>v3/api-docs.*)", "/${docs}"),
                                    service,
                                    limit,
                                    resilience))
                            .uri(uri));
            // a live stream: never retried, never cached
            routes.route(
                    service + "-events",
                    r -> r.order(-1)
                            .path(prefix + "/**")
                            .and()
                            .header(HttpHeaders.ACCEPT, ".*text/event-stream.*")
                            .filters(f -> guarded(f.filter(new ApiDocsForwarding()), service, limit, resilience, false))
                            .uri(uri));
            // anonymous public reads answered from the cache take neither a place nor the breaker
            GatewayFilter cache = publicReadCache.filterFor(service);
            // told where it was asked for too, so a paged list's Link header names the gateway
            routes.route(
                    service,
                    r -> r.path(prefix + "/**")
                            .filters(f -> guarded(
                                    f.filter(cache).filter(new ApiDocsForwarding()), service, limit, resilience))
                            .uri(uri));
        }
        return routes.build();
    }

    private static GatewayFilterSpec guarded(
            GatewayFilterSpec filters, String service, GatewayFilter limit, ResilienceProperties resilience) {
        return guarded(filters, service, limit, resilience, true);
    }

    /**
     * The service's concurrency limit, its circuit breaker (502 and 504 count) and, with
     * {@code retryReads}, the retry of GETs.
     */
    static GatewayFilterSpec guarded(
            GatewayFilterSpec filters,
            String service,
            GatewayFilter limit,
            ResilienceProperties resilience,
            boolean retryReads) {
        // the service's concurrency limit first (outside the breaker): waiting for a place or
        // being turned away is not the service failing
        filters.filter(limit);
        // A 503 is what a service answers on purpose, with a problem saying why (e.g. a calendar
        // year not published yet): passed on as it is, neither retried nor held against the
        // service. 502 and 504 come from something in between and count as failures.
        filters.circuitBreaker(breaker -> breaker.setName(service)
                .setFallbackUri("forward:/fallback/" + service)
                .setStatusCodes(Set.of("502", "504")));
        if (retryReads && resilience.retries() > 0) {
            filters.retry(retry -> retry.setRetries(resilience.retries())
                    .setMethods(HttpMethod.GET)
                    .setSeries()
                    .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.GATEWAY_TIMEOUT)
                    // AbortedException: a pooled connection the service had closed, found closed
                    // before the request went out (Reactor Netty's own resend is off: BackendHttpClient)
                    .setExceptions(IOException.class, TimeoutException.class, AbortedException.class)
                    .setBackoff(resilience.retryFirstBackoff(), resilience.retryMaxBackoff(), 2, true));
        }
        // services may answer CORS themselves; the gateway's answer (added first) wins
        return filters.dedupeResponseHeader(CORS_RESPONSE_HEADERS, "RETAIN_FIRST");
    }
}
