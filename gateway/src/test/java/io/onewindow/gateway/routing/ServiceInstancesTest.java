package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

/** Which instances the round robin may pick from, for a first call and for a retried one. */
class ServiceInstancesTest {

    private static final URI A = URI.create("http://127.0.0.1:1001");
    private static final URI B = URI.create("http://127.0.0.1:1002");
    private static final URI C = URI.create("http://127.0.0.1:1003");

    private final RefusedInstances refused =
            new RefusedInstances(new RoutingProperties.LoadBalancing(Duration.ofHours(1), Duration.ofMillis(100)));
    private final ServiceInstances instances = new ServiceInstances("svc", List.of(A, B, C), refused);

    @AfterEach
    void stopProbes() {
        refused.destroy();
    }

    @Test
    void aFirstCallMayGoToAnyInstance() {
        assertThat(uris(instances.available(Set.of()))).containsExactly(A, B, C);
    }

    @Test
    void aRetriedCallGoesToAnInstanceItHasNotTried() {
        assertThat(uris(instances.available(Set.of(A.toString())))).containsExactly(B, C);
        assertThat(uris(instances.available(Set.of(A.toString(), C.toString()))))
                .containsExactly(B);
    }

    @Test
    void whenEveryInstanceWasTriedAnyAcceptingOneMayBeTriedAgain() {
        refused.refusedConnection("svc", C);

        assertThat(uris(instances.available(Set.of(A.toString(), B.toString()))))
                .containsExactly(A, B);
    }

    @Test
    void anInstanceThatRefusedIsLeftOutUnlessAllDid() {
        refused.refusedConnection("svc", B);
        assertThat(uris(instances.available(Set.of()))).containsExactly(A, C);

        refused.refusedConnection("svc", A);
        refused.refusedConnection("svc", C);
        assertThat(uris(instances.available(Set.of()))).containsExactly(A, B, C);
    }

    private static List<URI> uris(List<ServiceInstance> list) {
        return list.stream().map(ServiceInstance::getUri).toList();
    }
}
