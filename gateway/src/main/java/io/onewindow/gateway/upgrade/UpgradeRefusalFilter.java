package io.onewindow.gateway.upgrade;

import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.problem.ProblemType;
import io.onewindow.gateway.routing.WebPaths;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No route is a websocket route, so a request to {@code /api/**} or to a web path
 * ({@code /console/**}, {@code /board/**}, {@code /verify}; the boards stream with server-sent
 * events over plain HTTP) asking to switch to
 * websocket ({@code Upgrade: websocket}) is answered 400 problem+json
 * ({@code upgrade-not-supported}) before security, rate limit and routing: it is not forwarded
 * and never reaches a service's circuit breaker. (Forwarded, the gateway would attempt a
 * websocket handshake the service refuses, and every refusal counted against the service: five
 * anonymous requests took a service offline.) Other upgrade offers, such as the {@code h2c} that
 * Java's and other HTTP clients attach to ordinary HTTP/1.1 requests, are a negotiation the server
 * may decline: those requests are answered as plain HTTP/1.1 as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UpgradeRefusalFilter implements WebFilter {

    private final ProblemResponses problems;

    UpgradeRefusalFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String upgrade = exchange.getRequest().getHeaders().getFirst(HttpHeaders.UPGRADE);
        if (upgrade == null || !asksForWebsocket(upgrade) || !isServicePath(exchange)) {
            return chain.filter(exchange);
        }
        return problems.write(
                exchange,
                ProblemType.UPGRADE_NOT_SUPPORTED,
                new Object[0],
                Map.of("upgrade", upgrade.length() > 64 ? upgrade.substring(0, 64) : upgrade));
    }

    // Upgrade lists protocols separated by commas, each name[/version].
    static boolean asksForWebsocket(String upgrade) {
        for (String protocol : upgrade.split(",")) {
            String name = protocol.strip();
            int slash = name.indexOf('/');
            if ((slash < 0 ? name : name.substring(0, slash)).equalsIgnoreCase("websocket")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isServicePath(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/api") || path.startsWith("/api/") || WebPaths.isWebPath(exchange.getRequest());
    }
}
