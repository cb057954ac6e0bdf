package io.onewindow.gateway.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cloud LoadBalancer for the services with several instances ({@code uris}): each such
 * route goes to {@code lb://<service>}, and the load balancer of that name picks one of the
 * service's instances round robin from {@link ServiceInstances}. No discovery server: the
 * instances are the settings'.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ServiceLoadBalancer.class)
class LoadBalancing {

    @Bean
    RefusedInstances refusedInstances(RoutingProperties routing) {
        return new RefusedInstances(routing.loadBalancing());
    }

    /**
     * Makes each balanced service's load-balancer context at start-up instead of on its first
     * request (which would then wait for it, possibly past the timeout), and fails the start if
     * one cannot be made.
     */
    @Bean
    SmartInitializingSingleton balancedServicesReady(
            RoutingProperties routing, ObjectProvider<LoadBalancerClientFactory> clients) {
        return () -> routing.backends().forEach((service, settings) -> {
            if (settings.balanced()) {
                clients.getObject().getInstance(service, ReactorServiceInstanceLoadBalancer.class);
            }
        });
    }

    @Bean
    InstanceOutcomes instanceOutcomes(RefusedInstances refused) {
        return new InstanceOutcomes(refused);
    }
}
