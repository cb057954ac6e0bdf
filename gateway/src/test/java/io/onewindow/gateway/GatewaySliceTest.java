package io.onewindow.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway in a mock web environment (tokens made with Spring Security's
 * {@code mockJwt()}, no Keycloak), routing to one shared {@link StandInService} for the four
 * services and for service {@code wobbly} (whose breaker the failure tests may trip), and to a
 * closed port for service {@code offline}. Rate limits are set high so that test classes
 * sharing this context do not run into them; calls time out after 1.5 s. Service {@code narrow}
 * (the shared stand-in too) takes two concurrent calls; a call beyond a limit waits 300 ms.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/realms/unused",
            "onewindow.gateway.rate-limit.replenish-rate=100000",
            "onewindow.gateway.rate-limit.burst-capacity=100000",
            "onewindow.gateway.request.max-size=1KB",
            "onewindow.gateway.resilience.timeout=1500ms",
            "onewindow.gateway.resilience.max-wait=300ms"
        })
public abstract class GatewaySliceTest {

    protected static final StandInService services = StandInService.shared();
    private static final int OFFLINE_PORT = StandInService.closedPort();

    @Autowired
    private ApplicationContext context;

    protected WebTestClient gateway;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"appointments", "approvals", "licenses", "supervision", "notifications"}) {
            registry.add("onewindow.gateway.services." + service + ".uri", services::uri);
        }
        // its own circuit breaker for the tests that make a service fail on purpose
        registry.add("onewindow.gateway.services.wobbly.uri", services::uri);
        // their own breakers for the tests that show what does not count against a service
        registry.add("onewindow.gateway.services.booked.uri", services::uri);
        registry.add("onewindow.gateway.services.upgraded.uri", services::uri);
        registry.add("onewindow.gateway.services.narrow.uri", services::uri);
        registry.add("onewindow.gateway.services.narrow.max-concurrent-calls", () -> "2");
        registry.add("onewindow.gateway.services.offline.uri", () -> "http://127.0.0.1:" + OFFLINE_PORT);
    }

    @BeforeEach
    void bindClient() {
        gateway = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                .build();
    }
}
