package io.onewindow.elicense.support;

import io.onewindow.platform.test.KeycloakTestServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Access tokens of the realm's demo users from the shared test Keycloak, as MockMvc request
 * headers; for ITs whose context points at that Keycloak ({@code KeycloakInitializer}).
 */
public final class RealTokens {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private RealTokens() {}

    /** {@code Authorization: Bearer <token of user>}; a token is fetched once per user and JVM. */
    public static RequestPostProcessor of(String user) {
        String token = TOKENS.computeIfAbsent(
                user, u -> KeycloakTestServer.shared().passwordToken(u, KeycloakTestServer.DEMO_PASSWORD));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
