package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault of issue 8: a service stops. The gateway answers for it with a 503 problem within a
 * second, its circuit breaker opens (answers then say {@code circuit-open} with a
 * {@code Retry-After}), and once the service is back the breaker lets calls through again and
 * closes. The other services are not affected meanwhile.
 */
class StoppedServiceIsAnsweredByTheGatewayIT {

    private static final String SERVICE = "supervision-service";
    private static final String PATH = "/api/supervision/public/statistics";

    private static RunningPlatform platform;
    private static Gateway gateway;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
    }

    @AfterAll
    static void serviceBack() {
        platform.startService(SERVICE);
    }

    @Test
    void aStoppedServiceIsA503WithinASecondTheBreakerOpensAndClosesWhenTheServiceIsBack() {
        gateway.get(PATH, null).expect(200);

        platform.stopService(SERVICE);

        List<String> reasons = new ArrayList<>();
        for (int call = 0; call < 12; call++) {
            long started = System.nanoTime();
            Gateway.Answer answer = gateway.get(PATH, null);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            answer.expectProblem(503, "service-unavailable");
            assertThat(took).as("answer %d took %s", call, took).isLessThan(Duration.ofSeconds(1));
            assertThat(answer.json().path("service").asString()).isEqualTo("supervision");
            reasons.add(answer.json().path("reason").asString());
        }
        // The first failures are the service's; then the breaker answers without trying it.
        assertThat(reasons.get(0)).isNotEqualTo("circuit-open");
        assertThat(reasons.get(reasons.size() - 1)).isEqualTo("circuit-open");
        Gateway.Answer open = gateway.get(PATH, null).expectProblem(503, "service-unavailable");
        assertThat(open.json().path("reason").asString()).isEqualTo("circuit-open");

        // The other routes are unaffected.
        gateway.get("/api/approvals/public/matters", null).expect(200);

        platform.startService(SERVICE);

        // After the breaker's wait, trial calls find the service and the breaker closes.
        await("the gateway routing to " + SERVICE + " again")
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.get(PATH, null).status() == 200);
        for (int call = 0; call < 10; call++) {
            gateway.get(PATH, null).expect(200);
        }
    }
}
