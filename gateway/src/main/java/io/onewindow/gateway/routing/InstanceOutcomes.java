package io.onewindow.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR;

import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Runs right after the load balancer picked an instance of a balanced service: notes the instance
 * on the exchange (a retry of the same request then goes to another one, {@link ServiceInstances})
 * and, when the connection to it is refused or not accepted in time, leaves the instance out
 * ({@link RefusedInstances}). Requests to single-instance services do not pass the load balancer
 * and are not touched.
 */
final class InstanceOutcomes implements GlobalFilter, Ordered {

    private final RefusedInstances refused;

    InstanceOutcomes(RefusedInstances refused) {
        this.refused = refused;
    }

    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Response<ServiceInstance> chosen = exchange.getAttribute(GATEWAY_LOADBALANCER_RESPONSE_ATTR);
        if (chosen == null || !chosen.hasServer()) {
            return chain.filter(exchange);
        }
        ServiceInstance instance = chosen.getServer();
        Object tried =
                exchange.getAttributes().computeIfAbsent(ServiceInstances.TRIED, key -> ConcurrentHashMap.newKeySet());
        if (tried instanceof Set<?> ids) {
            cast(ids).add(instance.getInstanceId());
        }
        return chain.filter(exchange).doOnError(error -> {
            if (refusedConnection(error)) {
                refused.refusedConnection(instance.getServiceId(), instance.getUri());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Set<String> cast(Set<?> set) {
        return (Set<String>) set;
    }

    /** A connection refused, or not accepted within the connect timeout (Netty's is a ConnectException too). */
    static boolean refusedConnection(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
