package io.onewindow.gateway.routing;

import io.onewindow.gateway.resilience.ResilienceProperties;
import io.onewindow.gateway.resilience.ServiceConcurrencyLimits;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The web paths ({@link WebPaths}) a browser opens, beside the services' {@code /api} routes.
 *
 * <ul>
 *   <li>{@code /console}, {@code /console/**} and {@code /board/**} go to the console application,
 *       path and query kept, cookies, {@code Set-Cookie} and {@code Location} passed as they are. The
 *       console gets the client's {@code Host} and {@code X-OneWindow-Gateway-Base-Url} (the gateway
 *       as the client reached it, {@link ApiDocsForwarding}), so that the redirects and the login
 *       callback it builds name the gateway. It has a circuit breaker (502 and 504 count) and a
 *       concurrency limit of its own, but no API document, no {@code /api} access rules and no
 *       public-read cache.
 *   <li>A queue board's event stream (a request under {@code /board/**} accepting
 *       {@code text/event-stream}) has a route of its own that never retries: the browser's
 *       {@code EventSource} reconnects by itself. Its answer is written and flushed event by event;
 *       the breaker's time limit and the concurrency place cover the call only until the console
 *       answers with its headers, so a hall's screen may hold the stream open for hours.
 *   <li>{@code /verify} (the address a license's QR code holds, {@code /verify?p=…}) goes to
 *       e-license-service's {@code /api/licenses/public/verify}, query kept, under that service's
 *       breaker and limit: the verification page for a browser, the JSON answer for a program.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebRoutes {

    static final String LICENSES = "licenses";
    static final String VERIFICATION_PATH = "/api/licenses/public/verify";

    @Bean
    RouteLocator webRouteLocator(
            RouteLocatorBuilder builder,
            RoutingProperties routing,
            ResilienceProperties resilience,
            ServiceConcurrencyLimits concurrencyLimits) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        String console = RoutingProperties.CONSOLE;
        RoutingProperties.Service consoleSettings = routing.console();
        String consoleUri = uriOf(console, consoleSettings);
        GatewayFilter consoleLimit = concurrencyLimits.filterFor(console, consoleSettings.maxConcurrentCalls());
        routes.route(
                console + "-events",
                r -> r.order(-1)
                        .path("/board/**")
                        .and()
                        .header(HttpHeaders.ACCEPT, ".*text/event-stream.*")
                        .filters(f -> ServiceRoutes.guarded(
                                f.preserveHostHeader().filter(new ApiDocsForwarding()),
                                console,
                                consoleLimit,
                                resilience,
                                false))
                        .uri(consoleUri));
        routes.route(
                console,
                r -> r.path(WebPaths.CONSOLE)
                        .filters(f -> ServiceRoutes.guarded(
                                f.preserveHostHeader().filter(new ApiDocsForwarding()),
                                console,
                                consoleLimit,
                                resilience,
                                true))
                        .uri(consoleUri));
        RoutingProperties.Service licenses = routing.services().get(LICENSES);
        if (licenses != null) {
            GatewayFilter licensesLimit = concurrencyLimits.filterFor(LICENSES, licenses.maxConcurrentCalls());
            routes.route(
                    "verify",
                    r -> r.path(WebPaths.VERIFY)
                            .filters(f -> ServiceRoutes.guarded(
                                    f.setPath(VERIFICATION_PATH), LICENSES, licensesLimit, resilience, true))
                            .uri(uriOf(LICENSES, licenses)));
        }
        return routes.build();
    }

    private static String uriOf(String name, RoutingProperties.Service settings) {
        return settings.balanced()
                ? "lb://" + name
                : settings.instances().get(0).toString();
    }
}
