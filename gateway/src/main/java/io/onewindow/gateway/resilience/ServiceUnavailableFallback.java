package io.onewindow.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.onewindow.gateway.problem.ProblemResponses;
import io.onewindow.gateway.problem.ProblemType;
import io.onewindow.gateway.requestsize.RequestBodyTooLargeException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a call that failed, timed out or was not let through
 * (breaker open): a 503 problem naming the service, at once, instead of a hanging request or a
 * bare 500. Only the gateway forwards here ({@code forward:/fallback/<service>}); a forward does
 * not pass the security filters again, and a client calling this path directly needs a token.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailableFallback {

    static final String PATH = "/fallback/{service}";

    @Bean
    RouterFunction<ServerResponse> serviceUnavailableFallbackRoute(
            ProblemResponses problems, ResilienceProperties properties) {
        return RouterFunctions.route(RequestPredicates.path(PATH), request -> answer(request, problems, properties));
    }

    private static Mono<ServerResponse> answer(
            ServerRequest request, ProblemResponses problems, ResilienceProperties properties) {
        ServerWebExchange exchange = request.exchange();
        String service = request.pathVariable("service");
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure != null && RequestBodyTooLargeException.isCauseOf(failure)) {
            // the client's fault, not the service's: the size limit answers 413
            return Mono.error(failure);
        }
        Map<String, Object> problem = problems.serviceUnavailableBody(exchange, service, reasonOf(failure));
        return ServerResponse.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers -> {
                    headers.setContentLanguage(problems.language(exchange));
                    if (failure instanceof CallNotPermittedException) {
                        headers.set(
                                HttpHeaders.RETRY_AFTER,
                                Long.toString(
                                        Math.max(1, properties.waitInOpenState().toSeconds())));
                    }
                })
                .bodyValue(problem);
    }

    private static String reasonOf(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "circuit-open";
        }
        if (failure instanceof TimeoutException) {
            return "timeout";
        }
        if (failure instanceof CircuitBreakerStatusCodeException) {
            return "service-error";
        }
        return "unreachable";
    }
}
