package io.onewindow.gateway.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circuit breaker, time limiter, retry and concurrency settings, the same for every service
 * route (each service has its own breaker and its own concurrency limit).
 *
 * @param timeout how long one call (retries included) may take before the fallback answers
 * @param failureRateThreshold percentage of failed calls that opens a breaker
 * @param slidingWindowSize how many recent calls a breaker judges
 * @param minimumNumberOfCalls calls needed before a breaker judges at all
 * @param waitInOpenState how long an open breaker refuses before letting trial calls through
 * @param permittedCallsInHalfOpenState trial calls in the half-open state
 * @param retries retries of idempotent GETs on connect errors and 502/503/504
 * @param retryFirstBackoff wait before the first retry (doubling after)
 * @param retryMaxBackoff longest wait between retries
 * @param maxConcurrentCalls calls one service may have in flight through this gateway (a
 *     service's {@code onewindow.gateway.services.<name>.max-concurrent-calls} overrides it);
 *     sized from what the service works on at once: its request threads times its instances
 *     (Spring Boot's Tomcat default, 200 threads, one instance). More only queue inside the service,
 *     where they hold a connection and run down the time limit; fewer leave threads idle
 * @param maxWait how long a call beyond the limit waits (without a thread) for a free place before
 *     a 503: at least the time the service needs to work off the largest crowd it should answer
 *     itself (crowd minus limit, divided by its calls per second) — a release surge then queues at
 *     the gateway and gets the service's own answers (409 {@code slot-full}) instead of 503s; at
 *     most what a client waits for an answer
 */
@ConfigurationProperties("onewindow.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int slidingWindowSize,
        @DefaultValue("5") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitInOpenState,
        @DefaultValue("3") int permittedCallsInHalfOpenState,
        @DefaultValue("2") int retries,
        @DefaultValue("50ms") Duration retryFirstBackoff,
        @DefaultValue("200ms") Duration retryMaxBackoff,
        @DefaultValue("200") int maxConcurrentCalls,
        @DefaultValue("10s") Duration maxWait) {}
