package io.onewindow.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The default limit is sized from one service instance's request threads (Spring Boot's Tomcat
 * default, 200) and the default wait lets a release crowd of 2,000 queue for the service's own
 * answer instead of a 503.
 */
class ConcurrencyDefaultsTest {

    private final ResilienceProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("onewindow.gateway.resilience", ResilienceProperties.class);

    @Test
    void defaultsFollowTheSizingRule() {
        assertThat(defaults.maxConcurrentCalls()).isEqualTo(200);
        assertThat(defaults.maxWait()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aCrowdOfTwoThousandWaitsForPlacesInsteadOfBeingRefused() {
        var limit = new ConcurrencyLimit("appointments", defaults.maxConcurrentCalls(), defaults.maxWait());
        List<ConcurrencyLimit.Permit> held = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        for (int i = 0; i < 2_000; i++) {
            limit.acquire()
                    .subscribe(
                            permit -> {
                                served.incrementAndGet();
                                synchronized (held) {
                                    held.add(permit);
                                }
                            },
                            failure -> refused.incrementAndGet());
        }
        assertThat(limit.inFlight()).isEqualTo(200);
        assertThat(limit.waiting()).isEqualTo(1_800);

        // the service answers the calls in flight, 200 at a time, well within the wait
        while (served.get() < 2_000) {
            List<ConcurrencyLimit.Permit> done;
            synchronized (held) {
                done = new ArrayList<>(held);
                held.clear();
            }
            done.forEach(ConcurrencyLimit.Permit::release);
        }
        assertThat(refused).hasValue(0);
    }
}
