package io.onewindow.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id and a W3C trace context before anything else looks at
 * it: a client's values are kept when well-formed (an id of at most 64 letters, digits, dots,
 * dashes or underscores; a valid {@code traceparent}), new ones are made otherwise. Both go to
 * the services; the correlation id also comes back in the response, refusals included. The
 * path as the client sent it is kept too, for problem reports written after a forward.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter implements WebFilter {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String correlationId = correlationIdOf(request);
        TraceParent traceParent =
                TraceParent.fromHeaderOrRandom(request.getHeaders().getFirst(Correlation.TRACEPARENT_HEADER));
        boolean traceReplaced =
                !traceParent.value().equals(request.getHeaders().getFirst(Correlation.TRACEPARENT_HEADER));

        ServerWebExchange correlated = exchange.mutate()
                .request(r -> r.headers(headers -> {
                    headers.set(Correlation.ID_HEADER, correlationId);
                    headers.set(Correlation.TRACEPARENT_HEADER, traceParent.value());
                    if (traceReplaced) {
                        // tracestate belongs to the traceparent it came with
                        headers.remove("tracestate");
                    }
                }))
                .build();
        correlated.getAttributes().put(Correlation.ID_ATTRIBUTE, correlationId);
        correlated
                .getAttributes()
                .put(Correlation.CLIENT_PATH_ATTRIBUTE, request.getPath().value());
        correlated.getResponse().beforeCommit(() -> {
            correlated.getResponse().getHeaders().set(Correlation.ID_HEADER, correlationId);
            return Mono.empty();
        });
        return chain.filter(correlated);
    }

    private static String correlationIdOf(ServerHttpRequest request) {
        String given = request.getHeaders().getFirst(Correlation.ID_HEADER);
        return given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }
}
