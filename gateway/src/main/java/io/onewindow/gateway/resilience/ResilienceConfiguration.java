package io.onewindow.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.onewindow.gateway.requestsize.RequestBodyTooLargeException;
import io.onewindow.gateway.routing.RoutingProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Resilience4j circuit breaker and time limiter per route, configured from
 * {@link ResilienceProperties}. (Resilience4j's own default time limit is one second, too
 * short for a service that writes and publishes.) Spring Cloud's bulkhead inside the breaker is
 * switched off ({@code spring.cloud.circuitbreaker.bulkhead.resilience4j.enabled=false}): its
 * hidden 25 concurrent calls refused at once and its refusals counted as the service failing;
 * {@link ServiceConcurrencyLimits} limits calls outside the breaker instead.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(
            ResilienceProperties properties, RoutingProperties routing) {
        var oneInstance = breakerConfig(properties, false);
        var severalInstances = breakerConfig(properties, true);
        var timeLimiter = TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build();
        // a breaker is named after its service (ServiceRoutes)
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(balanced(routing, id) ? severalInstances : oneInstance)
                .timeLimiterConfig(timeLimiter)
                .build());
    }

    private static boolean balanced(RoutingProperties routing, String service) {
        RoutingProperties.Service settings = routing.backend(service);
        return settings != null && settings.balanced();
    }

    private static CircuitBreakerConfig breakerConfig(ResilienceProperties properties, boolean severalInstances) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .waitDurationInOpenState(properties.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // only the service's own failures count (BreakerFailures); a client's oversize
                // upload in particular says nothing about the service's health
                .recordException(failure -> BreakerFailures.isServiceFailure(failure, severalInstances))
                .ignoreException(RequestBodyTooLargeException::isCauseOf)
                .build();
    }
}
