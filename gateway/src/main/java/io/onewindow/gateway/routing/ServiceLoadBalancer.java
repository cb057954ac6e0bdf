package io.onewindow.gateway.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ReactorLoadBalancer;
import org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The beans of each service's own load-balancer context (Spring Cloud makes one per service
 * name); not a {@code @Configuration} (nor nested in one), so that they do not land in the
 * gateway's main context.
 */
class ServiceLoadBalancer {

    @Bean
    ServiceInstanceListSupplier serviceInstances(
            Environment environment, RoutingProperties routing, RefusedInstances refused) {
        String service = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        RoutingProperties.Service settings = routing.backend(service);
        if (settings == null) {
            throw new IllegalStateException(
                    "no onewindow.gateway.services." + service + " (or console) to balance over");
        }
        return new ServiceInstances(service, settings.instances(), refused);
    }

    @Bean
    ReactorLoadBalancer<ServiceInstance> roundRobin(
            Environment environment, ObjectProvider<ServiceInstanceListSupplier> instances) {
        return new RoundRobinLoadBalancer(instances, environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME));
    }
}
