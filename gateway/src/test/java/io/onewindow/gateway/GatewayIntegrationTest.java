package io.onewindow.gateway;

import io.onewindow.platform.test.KeycloakInitializer;
import io.onewindow.platform.test.KeycloakTestServer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a real port, checking real tokens from this JVM's Keycloak, in front of real
 * HTTP stand-ins: the shared {@link StandInService} for the four services, and closed ports
 * for services {@code offline} and {@code flaky}. Rate limits are high here; a test of the
 * limit sets its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "onewindow.gateway.rate-limit.replenish-rate=100000",
            "onewindow.gateway.rate-limit.burst-capacity=100000"
        })
@ContextConfiguration(initializers = KeycloakInitializer.class)
public abstract class GatewayIntegrationTest {

    protected static final StandInService services = StandInService.shared();
    protected static final int OFFLINE_PORT = StandInService.closedPort();
    protected static final int FLAKY_PORT = StandInService.closedPort();

    @LocalServerPort
    private int port;

    protected WebTestClient gateway;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"appointments", "approvals", "licenses", "supervision", "notifications"}) {
            registry.add("onewindow.gateway.services." + service + ".uri", services::uri);
        }
        registry.add("onewindow.gateway.services.offline.uri", () -> "http://127.0.0.1:" + OFFLINE_PORT);
        registry.add("onewindow.gateway.services.flaky.uri", () -> "http://127.0.0.1:" + FLAKY_PORT);
    }

    @BeforeEach
    void bindClient() {
        gateway = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    protected static KeycloakTestServer keycloak() {
        return KeycloakTestServer.shared();
    }

    protected static String tokenOf(String demoUser) {
        return keycloak().demoUserToken(demoUser);
    }

    protected String gatewayUrl() {
        return "http://127.0.0.1:" + port;
    }
}
