package io.onewindow.gateway.requestsize;

import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.problem.ProblemType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over the limit with a 413 problem: at once when {@code Content-Length} says
 * so, and while streaming for chunked bodies that carry no length (the gateway's own
 * {@code RequestSize} filter sees only {@code Content-Length} and answers without a body).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter implements WebFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimitFilter(RequestSizeProperties properties, ProblemResponses problems) {
        this.maxBytes = properties.maxSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerWebExchange counted = exchange.mutate()
                .request(new CountingRequest(exchange.getRequest(), maxBytes))
                .build();
        return chain.filter(counted).onErrorResume(RequestBodyTooLargeException::isCauseOf, e -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(
                exchange, ProblemType.PAYLOAD_TOO_LARGE, new Object[] {maxBytes}, Map.of("maxBytes", maxBytes));
    }

    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountingRequest(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestBodyTooLargeException());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
