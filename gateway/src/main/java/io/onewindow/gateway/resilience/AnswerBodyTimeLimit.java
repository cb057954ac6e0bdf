package io.onewindow.gateway.resilience;

import io.onewindow.gateway.problem.ProblemResponses;
import java.time.Duration;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The time limit for the part of a call the circuit breaker's time limiter does not cover: the
 * service's answer body. The breaker (and the concurrency place) cover a call until the service has
 * sent its headers; the body is copied afterwards, and a service that sent its headers and then
 * nothing more (a connection stuck half-way) used to leave the client without an answer for as long
 * as the client waited. Here every proxied answer body that is written in one piece (not a
 * {@code text/event-stream} or other streaming answer, which is flushed event by event and may be
 * quiet for long) must bring its first and each next chunk within {@code resilience.timeout}. When it
 * does not and nothing was sent to the client yet, the client gets the breaker's 503 problem
 * ({@code reason: timeout}); when part of the body was already sent, the connection to the client is
 * closed (a truncated answer, never a hang). Either way the connection to the service is closed.
 */
@Component
class AnswerBodyTimeLimit implements GlobalFilter, Ordered {

    /** The service a guarded route calls, set by {@link ServiceConcurrencyLimits}' filter. */
    static final String SERVICE_ATTRIBUTE = AnswerBodyTimeLimit.class.getName() + ".service";

    /** No chunk of the answer body came within the time limit. */
    static final class BodyStalled extends RuntimeException {
        BodyStalled(Duration timeout) {
            super("no part of the service's answer body within " + timeout, null, false, false);
        }
    }

    private final Duration timeout;
    private final ProblemResponses problems;

    AnswerBodyTimeLimit(ResilienceProperties properties, ProblemResponses problems) {
        this.timeout = properties.timeout();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // around the filter that copies the service's answer body to the client
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse limited = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                if (exchange.getAttribute(SERVICE_ATTRIBUTE) == null) {
                    return super.writeWith(body);
                }
                return super.writeWith(Flux.from(body).timeout(timeout, Mono.error(() -> new BodyStalled(timeout))));
            }
        };
        return chain.filter(exchange.mutate().response(limited).build())
                .onErrorResume(BodyStalled.class, stalled -> answerStalled(exchange, stalled));
    }

    private Mono<Void> answerStalled(ServerWebExchange exchange, BodyStalled stalled) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(stalled); // part of the body is out: the connection is closed
        }
        String service = exchange.getAttribute(SERVICE_ATTRIBUTE);
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.ETAG);
        headers.remove(HttpHeaders.CACHE_CONTROL);
        headers.remove(HttpHeaders.LOCATION);
        return problems.serviceUnavailable(exchange, service, "timeout");
    }
}
