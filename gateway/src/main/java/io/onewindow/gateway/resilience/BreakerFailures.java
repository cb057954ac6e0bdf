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
 *
 * <p>A service with several instances is judged as a whole: a connection that one instance
 * refuses or breaks (it crashed, it is restarting) is that instance's failure, which the load
 * balancer handles by leaving the instance out until it accepts connections again; counting it
 * would open the breaker for every caller while the other instances answer. Time-outs and
 * 502/504 still count, and when every instance refuses, each call is answered at once with a
 * 503 {@code unreachable} without waiting for the breaker.
 */
final class BreakerFailures {

    private BreakerFailures() {}

    /** {@link #isServiceFailure(Throwable, boolean)} of a service with one instance. */
    static boolean isServiceFailure(Throwable failure) {
        return isServiceFailure(failure, false);
    }

    /**
     * Whether the breaker counts this failure against the service.
     *
     * @param severalInstances whether the service's calls are spread over several instances
     */
    static boolean isServiceFailure(Throwable failure, boolean severalInstances) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AbortedException) {
                return false; // the client's connection closed, not the service's
            }
            if (cause instanceof IOException) {
                return !severalInstances; // one instance's connection: the load balancer's concern
            }
            if (cause instanceof TimeoutException || cause instanceof CircuitBreakerStatusCodeException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
