package io.onewindow.appointment.support;

import io.onewindow.platform.test.KeycloakTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real access tokens of the realm's demo users, from the shared test Keycloak, sent as
 * {@code Authorization: Bearer}: the service verifies them as in production. A token is reused
 * for a minute (they live five).
 */
public final class Tokens {

    private static final Duration REUSE = Duration.ofSeconds(60);
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {}

    private Tokens() {}

    /** The user's bearer token, e.g. {@code Tokens.of("agent1")}. */
    public static RequestPostProcessor of(String username) {
        String token = ISSUED.compute(
                        username,
                        (user, issued) ->
                                issued != null && issued.at().plus(REUSE).isAfter(Instant.now())
                                        ? issued
                                        : new Issued(
                                                KeycloakTestServer.shared()
                                                        .passwordToken(user, KeycloakTestServer.DEMO_PASSWORD),
                                                Instant.now()))
                .token();
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
