package io.onewindow.gateway.routing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The instances of balanced services that refused a connection (nothing listens, or nothing
 * accepted within the connect timeout: a crashed or stopped process, a host that is gone). They
 * get no requests until a plain TCP connect to them succeeds again; that is tried every
 * {@code probe-interval} on a thread of its own, so no client request is spent finding out.
 * An instance that accepts connections but answers badly is not left out here: that is what the
 * service's breaker and the retries of idempotent reads are for.
 */
final class RefusedInstances implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RefusedInstances.class);

    private final Set<URI> refused = ConcurrentHashMap.newKeySet();
    private final long probeIntervalMillis;
    private final int probeTimeoutMillis;
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gateway-instance-probe");
        thread.setDaemon(true);
        return thread;
    });

    RefusedInstances(RoutingProperties.LoadBalancing settings) {
        this.probeIntervalMillis = Math.max(1, settings.probeInterval().toMillis());
        this.probeTimeoutMillis = (int) Math.max(1, settings.probeTimeout().toMillis());
    }

    /** Leaves {@code instance} (scheme, host and port) out until it accepts a connection again. */
    void refusedConnection(String service, URI instance) {
        if (refused.add(instance)) {
            log.warn(
                    "{} instance {} refused a connection: no requests go to it until it accepts one",
                    service,
                    instance);
            probeLater(service, instance);
        }
    }

    boolean isRefused(URI instance) {
        return !refused.isEmpty() && refused.contains(instance);
    }

    private void probe(String service, URI instance) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(instance.getHost(), port(instance)), probeTimeoutMillis);
            refused.remove(instance);
            log.info("{} instance {} accepts connections again: it gets requests again", service, instance);
        } catch (IOException stillRefused) {
            probeLater(service, instance);
        } catch (RuntimeException e) {
            // never lose an instance for good: try again later
            log.warn("probing {} instance {} failed", service, instance, e);
            probeLater(service, instance);
        }
    }

    private void probeLater(String service, URI instance) {
        try {
            probes.schedule(() -> probe(service, instance), probeIntervalMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the gateway is stopping
        }
    }

    static int port(URI instance) {
        if (instance.getPort() >= 0) {
            return instance.getPort();
        }
        return "https".equalsIgnoreCase(instance.getScheme()) ? 443 : 80;
    }

    @Override
    public void destroy() {
        probes.shutdownNow();
    }
}
