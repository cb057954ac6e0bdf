package io.onewindow.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances Spring Cloud LoadBalancer picks from (round robin) for one balanced service: those
 * of {@code onewindow.gateway.services.<name>.uris}, less those that refuse connections
 * ({@link RefusedInstances}) and, for a retried request, less those this request already tried, so
 * that a retried read goes to another instance. When that would leave none, the ones left before
 * the last cut are offered: a request is always sent somewhere, and a service that cannot be
 * reached is answered as unreachable by the breaker's fallback, not with a 404.
 */
final class ServiceInstances implements ServiceInstanceListSupplier {

    /** Exchange attribute: the {@link ServiceInstance#getInstanceId()}s a request was sent to. */
    static final String TRIED = ServiceInstances.class.getName() + ".tried";

    private final String service;
    private final List<ServiceInstance> instances;
    private final RefusedInstances refused;

    ServiceInstances(String service, List<URI> uris, RefusedInstances refused) {
        this.service = service;
        List<ServiceInstance> list = new ArrayList<>();
        for (URI uri : uris) {
            list.add(new DefaultServiceInstance(
                    uri.toString(),
                    service,
                    uri.getHost(),
                    RefusedInstances.port(uri),
                    "https".equalsIgnoreCase(uri.getScheme())));
        }
        this.instances = List.copyOf(list);
        this.refused = refused;
    }

    @Override
    public String getServiceId() {
        return service;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.just(available(Set.of()));
    }

    @Override
    public Flux<List<ServiceInstance>> get(Request request) {
        return Flux.just(available(tried(request)));
    }

    List<ServiceInstance> available(Collection<String> tried) {
        List<ServiceInstance> accepting =
                instances.stream().filter(i -> !refused.isRefused(i.getUri())).toList();
        if (accepting.isEmpty()) {
            return instances;
        }
        if (tried.isEmpty()) {
            return accepting;
        }
        List<ServiceInstance> untried = accepting.stream()
                .filter(i -> !tried.contains(i.getInstanceId()))
                .toList();
        return untried.isEmpty() ? accepting : untried;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> tried(Request<?> request) {
        if (request != null && request.getContext() instanceof RequestDataContext context) {
            Map<String, Object> attributes = context.getClientRequest().getAttributes();
            Object tried = attributes == null ? null : attributes.get(TRIED);
            if (tried instanceof Collection<?> ids) {
                return (Collection<String>) ids;
            }
        }
        return Set.of();
    }
}
