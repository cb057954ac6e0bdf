package io.onewindow.gateway.resilience;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import reactor.netty.channel.AbortedException;

/**
 * What a route's circuit breaker holds against a service: only signs that the service itself
 * is failing — it could not be reached or the connection broke (an {@link IOException}), it did
 * not answer in time, or it answered a status the breaker is set to count (502, 504). Everything
 * else — the client's oversize upload, a refused protocol upgrade, the client going away,
 * a refusal by the gateway's own limits, a bug in the gateway — says nothing about the service
 * and is not counted. (A service's 4xx answers and its own 503 problems are not errors at all:
 * they pass through as they are.)
 */
final class BreakerFailures {

    private BreakerFailures() {}

    static boolean isServiceFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AbortedException) {
                return false; // the client's connection closed, not the service's
            }
            if (cause instanceof IOException
                    || cause instanceof TimeoutException
                    || cause instanceof CircuitBreakerStatusCodeException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
