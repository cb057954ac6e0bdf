package io.onewindow.gateway.resilience;

import io.onewindow.gateway.problem.ProblemResponses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One {@link ConcurrencyLimit} per service, shared by the service's routes, and the route filter
 * that holds a permit for the whole call. The filter runs outside (before) the service's circuit
 * breaker: a call refused here never reaches the breaker, so a crowd can be turned away without
 * the service being judged unhealthy. A refusal is a 503 problem ({@code reason: busy}) with
 * {@code Retry-After}.
 */
@Component
public class ServiceConcurrencyLimits {

    static final String RETRY_AFTER_SECONDS = "1";

    private final ResilienceProperties properties;
    private final ProblemResponses problems;
    private final Map<String, ConcurrencyLimit> limits = new ConcurrentHashMap<>();

    ServiceConcurrencyLimits(ResilienceProperties properties, ProblemResponses problems) {
        this.properties = properties;
        this.problems = problems;
    }

    /**
     * The filter guarding calls to {@code service}.
     *
     * @param maxConcurrentCalls the service's own limit, or {@code null} for
     *     {@code onewindow.gateway.resilience.max-concurrent-calls}
     */
    public GatewayFilter filterFor(String service, Integer maxConcurrentCalls) {
        ConcurrencyLimit limit = limits.computeIfAbsent(
                service,
                name -> new ConcurrencyLimit(
                        name,
                        maxConcurrentCalls != null ? maxConcurrentCalls : properties.maxConcurrentCalls(),
                        properties.maxWait()));
        return (exchange, chain) -> Mono.usingWhen(
                        limit.acquire()
                                // the answer body's time limit (AnswerBodyTimeLimit) applies to this call
                                .doOnNext(permit ->
                                        exchange.getAttributes().put(AnswerBodyTimeLimit.SERVICE_ATTRIBUTE, service)),
                        permit -> chain.filter(exchange),
                        permit -> Mono.fromRunnable(permit::release),
                        (permit, failure) -> Mono.fromRunnable(permit::release),
                        permit -> Mono.fromRunnable(permit::release))
                .onErrorResume(ConcurrencyLimit.Full.class, full -> {
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                    return problems.serviceUnavailable(exchange, service, "busy");
                });
    }

    /** Calls to {@code service} holding a permit right now (0 for a service not called yet). */
    public int inFlight(String service) {
        ConcurrencyLimit limit = limits.get(service);
        return limit == null ? 0 : limit.inFlight();
    }
}
