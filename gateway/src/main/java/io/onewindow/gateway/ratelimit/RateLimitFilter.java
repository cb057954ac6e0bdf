package io.onewindow.gateway.ratelimit;

import io.onewindow.gateway.cache.PublicReads;
import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.problem.ProblemType;
import io.onewindow.gateway.routing.WebPaths;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Draws one token per routed request from the requester's bucket; past the limit answers 429
 * problem+json with {@code Retry-After}. Runs on every route before the circuit breaker, so a
 * refused request never counts against a service. Anonymous public reads ({@link PublicReads})
 * draw on a separate, larger bucket per client address, and so do the web paths ({@link WebPaths}: the console's pages
 * and partial updates, the boards, the verification page, where no token is read); everything else on the requester's one. (The gateway's own RequestRateLimiter filter
 * answers 429 without a body and without {@code Retry-After}.)
 */
final class RateLimitFilter implements GlobalFilter, Ordered {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RequesterRateLimiter limiter;
    private final KeyResolver requesters;
    private final ProblemResponses problems;

    RateLimitFilter(RequesterRateLimiter limiter, KeyResolver requesters, ProblemResponses problems) {
        this.limiter = limiter;
        this.requesters = requesters;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        RequesterRateLimiter.Budget budget = budgetOf(exchange);
        return requesters
                .resolve(exchange)
                .flatMap(requester -> limiter.tryAcquire(requester, budget))
                .flatMap(decision -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    if (decision.allowed()) {
                        if (decision.remaining() >= 0) {
                            headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
                        }
                        return chain.filter(exchange);
                    }
                    long seconds = decision.retryAfterSeconds();
                    headers.set(REMAINING_HEADER, "0");
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return problems.write(
                            exchange,
                            ProblemType.TOO_MANY_REQUESTS,
                            new Object[] {seconds},
                            Map.of("retryAfterSeconds", seconds));
                });
    }

    private static RequesterRateLimiter.Budget budgetOf(ServerWebExchange exchange) {
        if (WebPaths.isWebPath(exchange.getRequest())) {
            return RequesterRateLimiter.Budget.WEB_PAGE;
        }
        return PublicReads.isAnonymousPublicRead(exchange.getRequest())
                ? RequesterRateLimiter.Budget.PUBLIC_READ
                : RequesterRateLimiter.Budget.GENERAL;
    }

    @Override
    public int getOrder() {
        // after the route is chosen, before the public-read cache and the route's own filters
        // (circuit breaker, retry), so an answer from the cache is counted too
        return -5;
    }
}
